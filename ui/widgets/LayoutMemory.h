#pragma once

#include <QSize>
#include <QString>

class QSplitter;
class QWidget;

// What the admin arranged - the window's size and place, the splitters they dragged - kept in the
// user's settings and given back next time. The state is PatchDeck's, not a profile's: every tenant
// opens in the same window layout.
namespace pmp::ui::LayoutMemory {

// Puts a top-level window where it was last closed, fitted to the screen it lands on (a geometry
// saved on a larger monitor must not open taller than a laptop's screen). The first time, `preferred`
// is used, shrunk to the screen's available area and centred.
void restoreWindow(QWidget *window, const QString &key, QSize preferred);
// The size a window first opens at on a screen with `available` room: `preferred`, shrunk to leave a
// margin around it (the first window must not cover the whole screen of a small laptop).
QSize firstSize(QSize preferred, QSize available);
void saveWindow(const QWidget *window, const QString &key);
// Whether a geometry was saved under `key`.
bool isRemembered(const QString &key);

// Gives a splitter the sizes it had when the user last moved it; false when none are remembered (or
// they were saved for another number of panes), so the caller applies its default.
bool restoreSplitter(QSplitter *splitter, const QString &key);
// Saves the splitter's sizes whenever the user drags one of its handles.
void saveSplitterWhenMoved(QSplitter *splitter, const QString &key);
// Both: restore now (when remembered) and keep remembering.
void rememberSplitter(QSplitter *splitter, const QString &key);

} // namespace pmp::ui::LayoutMemory
