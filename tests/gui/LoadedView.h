#pragma once
// Shared by the GUI tests that walk the console's pages against the simulator.

#include "main/MainWindow.h"
#include "models/ListLoader.h"
#include "views/RecordListView.h"

#include <QTest>

namespace pmp::test {

// Shows the window's list page `viewId` and waits until its fetch has completed; nullptr when the
// page does not exist or did not finish loading within 30 s.
inline ui::RecordListView *loadedView(ui::MainWindow &window, const QString &viewId)
{
    window.showPage(viewId);
    ui::RecordListView *view = window.listView(viewId);
    if (!view)
        return nullptr;
    const auto done = [view] { return view->loader()->lastCompleted().isValid() && !view->loader()->isLoading(); };
    return QTest::qWaitFor(done, 30000) ? view : nullptr;
}

} // namespace pmp::test
