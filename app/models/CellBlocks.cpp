#include "CellBlocks.h"

namespace pmp::models {

void CellBlocks::widen(int width)
{
    if (width <= m_width)
        return;
    CellBlocks wider(width);
    for (qsizetype row = 0; row < m_size; ++row)
        wider.appendId(id(row));
    *this = std::move(wider);
}

} // namespace pmp::models
