#pragma once

namespace pmp::ui {

// What the main window asks of every page, so it never needs to know which page it has: load when
// first shown, reload (F5, the automatic refresh, a write that changed what the page shows), whether
// it is still loading, and export what it shows.
class ConsolePage
{
public:
    virtual ~ConsolePage() = default;

    virtual void reload() = 0;
    // The page comes on screen; the first time, it loads what it shows.
    virtual void showing()
    {
        if (!m_shown) {
            m_shown = true;
            reload();
        }
    }
    virtual bool isLoading() const { return false; }
    // File › Export view…; false where the page has nothing to export.
    virtual bool exportInteractively() { return false; }

private:
    bool m_shown = false;
};

} // namespace pmp::ui
