#pragma once

#include "DashboardLoader.h"
#include "DashboardSection.h"

#include <QVariantMap>

namespace pmp::ui {

// A dashboard section that fills its cards from the DashboardLoader. DashboardView tells it when
// there is something new to show; it shows it again by itself when the palette changes.
class LoaderSection : public DashboardSection
{
    Q_OBJECT
public:
    // `loader` is not owned; a section only reads it.
    LoaderSection(const QString &title, const DashboardLoader *loader, QWidget *parent = nullptr);

    // The loader's data; does nothing while the section's calls have brought none.
    virtual void showData() = 0;
    // Placeholders and the error strip while the section's calls are loading or after they failed.
    virtual void showLoadState() {}

signals:
    // As DashboardView::navigateTo().
    void navigateTo(const QString &viewId, const QVariantMap &filters);

protected:
    using Section = DashboardLoader::Section;

    const DashboardLoader &loader() const { return *m_loader; }
    // Colours that showData() does not set; called on every palette change, before showData().
    virtual void applyPalette() {}
    void changeEvent(QEvent *event) override;

private:
    const DashboardLoader *m_loader;
};

} // namespace pmp::ui
