#pragma once

#include <QComboBox>

namespace pmp::ui {

// A combo box asks its layout for the width of its longest item, and a translated item of 50
// characters made a dialog or page wider than a 1024-pixel screen. Limited, the closed box shows
// about `characters` characters of the current item (elided) and the open list still shows every
// item whole.
inline void limitComboWidth(QComboBox *box, int characters)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
}

} // namespace pmp::ui
