// Fuzzes the simulator's --faults parser: it reads a command line an admin or a test typed.
#include "FuzzSupport.h"

#include "simulator/FaultSpec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto spec = pmp::sim::FaultSpec::parse(QString::fromUtf8(pmp::fuzz::bytes(data, size)), &error);
    if (!spec && error.isEmpty())
        __builtin_trap(); // a refusal must say why
    return 0;
}
