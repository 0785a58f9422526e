// Fuzzes the sign-in listener's request parser: any local program can write anything to its port.
#include "FuzzSupport.h"

#include "auth/CallbackRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using pmp::auth::CallbackRequest;
    const CallbackRequest::Parsed parsed =
        CallbackRequest::parse(pmp::fuzz::bytes(data, size), 53682, QByteArrayLiteral("s7Xq0-state"));
    // Whatever the bytes, a callback is accepted only with this attempt's state and a code or error.
    if (!parsed.refusal) {
        const auto &cb = parsed.callback;
        if (cb.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != QLatin1String("s7Xq0-state"))
            __builtin_trap();
        if (cb.code.isEmpty() && cb.error.isEmpty())
            __builtin_trap();
    }
    return 0;
}
