#include "views/lazytabwidget.h"

#include <QSet>
#include <QSignalBlocker>
#include <QTabBar>

namespace funnelcast::ui {

LazyTabWidget::LazyTabWidget(QWidget *parent) : QTabWidget(parent)
{
    // Connected before anyone else's slot: by the time they hear of the new current tab, its
    // page is built.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            buildCurrent();
    });
}

int LazyTabWidget::addLazyTab(const QString &label, Builder build)
{
    // Made here (not in addTab) so that it holds the page's place in the focus chain.
    auto *placeholder = new QWidget(this);
    m_pending.insert(placeholder, std::move(build));
    return addTab(placeholder, label);
}

bool LazyTabWidget::isBuilt(int index) const
{
    return !m_pending.contains(widget(index));
}

void LazyTabWidget::showEvent(QShowEvent *event)
{
    buildCurrent(); // before the first paint, so the placeholder is never seen
    QTabWidget::showEvent(event);
}

void LazyTabWidget::buildCurrent()
{
    if (currentIndex() >= 0)
        page(currentIndex());
}

QWidget *LazyTabWidget::page(int index)
{
    QWidget *placeholder = widget(index);
    const auto pending = m_pending.find(placeholder);
    if (pending == m_pending.end())
        return placeholder;
    const Builder build = std::move(pending.value());
    m_pending.erase(pending);
    QWidget *built = build();
    // The last widget Tab reaches before the placeholder's place (the page's widgets are at
    // the end of the chain, after it).
    QWidget *after = tabBar();
    for (QWidget *w = placeholder->previousInFocusChain(); w != placeholder && !w->isWindow();
         w = w->previousInFocusChain())
        if (w->focusPolicy() != Qt::NoFocus && w != built && !built->isAncestorOf(w)) {
            after = w;
            break;
        }

    // Put the page where the placeholder was. Nobody else hears of the swap: for them the
    // tab and its current index stay what they were.
    const QString text = tabText(index);
    const QString tip = tabToolTip(index);
    const QString whatsThis = tabWhatsThis(index);
    const QIcon icon = tabIcon(index);
    const bool enabled = isTabEnabled(index);
    const bool current = currentIndex() == index;
    {
        const QSignalBlocker blocker(this);
        insertTab(index, built, icon, text); // the placeholder moves to index + 1
        setTabToolTip(index, tip);
        setTabWhatsThis(index, whatsThis);
        setTabEnabled(index, enabled);
        if (current)
            setCurrentIndex(index);
        removeTab(index + 1);
    }
    placeholder->deleteLater();
    placeInFocusChain(built, after);
    emit pageBuilt(index, built);
    return built;
}

void LazyTabWidget::placeInFocusChain(QWidget *page, QWidget *after)
{
    QList<QWidget *> order; // the page's focusable widgets in chain order
    if (page->focusPolicy() != Qt::NoFocus)
        order << page;
    for (QWidget *w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain())
        if (page->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus)
            order << w;
    QSet<QWidget *> left(order.begin(), order.end());
    QWidget *anchor = after;
    for (QWidget *w : std::as_const(order)) {
        if (!left.contains(w))
            continue; // moved along with a compound widget before it
        QWidget::setTabOrder(anchor, w);
        // setTabOrder moves a compound widget (a spin box and its line edit, a tab widget and
        // its pages) as one block: whatever of the page now follows w has moved with it.
        left.remove(w);
        for (QWidget *next = w->nextInFocusChain(); page->isAncestorOf(next);
             next = next->nextInFocusChain())
            left.remove(next);
        anchor = w;
    }
}

} // namespace funnelcast::ui
