#include "LayoutMemory.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QVariantList>
#include <QWidget>

namespace pmp::ui::LayoutMemory {

namespace {

QString windowKey(const QString &key)
{
    return QStringLiteral("layout/%1/geometry").arg(key);
}

QString splitterKey(const QString &key)
{
    return QStringLiteral("layout/%1/sizes").arg(key);
}

QRect availableArea(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

// The window's frame inside `area`: shrunk when larger, moved when it hangs over an edge.
void fitInto(QWidget *window, const QRect &area)
{
    if (area.isEmpty())
        return;
    const QSize frameExtra = window->frameGeometry().size() - window->geometry().size();
    const QSize room = area.size() - frameExtra;
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    QRect frame = window->frameGeometry();
    frame.moveLeft(qBound(area.left(), frame.left(), qMax(area.left(), area.right() - frame.width() + 1)));
    frame.moveTop(qBound(area.top(), frame.top(), qMax(area.top(), area.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
}

} // namespace

void restoreWindow(QWidget *window, const QString &key, QSize preferred)
{
    const QRect area = availableArea(window);
    const QByteArray saved = QSettings().value(windowKey(key)).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        window->resize(area.isEmpty() ? preferred : firstSize(preferred, area.size()));
        if (!area.isEmpty())
            window->move(area.center() - QPoint(window->width() / 2, window->height() / 2));
    }
    // A maximized window is the window manager's to place; anything else must fit this screen.
    if (!window->isMaximized() && !window->isFullScreen())
        fitInto(window, area);
}

QSize firstSize(QSize preferred, QSize available)
{
    return preferred.boundedTo(available * 0.92);
}

void saveWindow(const QWidget *window, const QString &key)
{
    QSettings().setValue(windowKey(key), window->saveGeometry());
}

bool isRemembered(const QString &key)
{
    return QSettings().contains(windowKey(key));
}

bool restoreSplitter(QSplitter *splitter, const QString &key)
{
    const QVariantList saved = QSettings().value(splitterKey(key)).toList();
    if (saved.size() != splitter->count())
        return false;
    QList<int> sizes;
    for (const QVariant &v : saved)
        sizes << qMax(0, v.toInt());
    if (std::all_of(sizes.cbegin(), sizes.cend(), [](int s) { return s == 0; }))
        return false;
    splitter->setSizes(sizes);
    return true;
}

void saveSplitterWhenMoved(QSplitter *splitter, const QString &key)
{
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, key] {
        QVariantList sizes;
        for (int size : splitter->sizes())
            sizes << size;
        QSettings().setValue(splitterKey(key), sizes);
    });
}

void rememberSplitter(QSplitter *splitter, const QString &key)
{
    restoreSplitter(splitter, key);
    saveSplitterWhenMoved(splitter, key);
}

} // namespace pmp::ui::LayoutMemory
