// Fuzzes what a server can send: any bytes as the reply to every operation, through ResponseParser
// (envelopes, HTML pages, errors inside 200, paging fields), the list items, and every field of every
// item read through ValueReader the way the column store reads them. Seeds: the guide's samples.
#include "FuzzSupport.h"

#include "api/OperationCatalogue.h"
#include "api/ResponseParser.h"

using namespace pmp::api;

namespace {

void parseAs(const Operation &op, int status, const QByteArray &body)
{
    RawReply reply;
    reply.httpStatus = status;
    reply.contentType = QByteArrayLiteral("text/plain;charset=UTF-8"); // as the cloud serves JSON
    reply.body = body;
    const ParsedReply parsed = ResponseParser::parse(op, reply);
    if (parsed.error.isError()) {
        if (parsed.error.message().isEmpty())
            __builtin_trap(); // every error says what went wrong
        return;
    }
    ApiError error;
    const RecordPage page = ResponseParser::records(parsed, &error);
    for (const Record &record : page.records) {
        const QJsonObject &object = record.raw();
        for (auto it = object.begin(); it != object.end(); ++it)
            pmp::fuzz::readEveryWay(it.value());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = pmp::fuzz::bytes(data, size);
    for (const Operation &op : OperationCatalogue::all())
        parseAs(op, 200, body);
    // The error statuses take other paths (auth, throttling with its HTML pages, server errors).
    const Operation &first = OperationCatalogue::all().first();
    for (const int status : {401, 403, 429, 500, 502})
        parseAs(first, status, body);
    (void)ResponseParser::htmlTitle(body);
    return 0;
}
