#pragma once

#include <QHash>
#include <QTabWidget>

#include <functional>

namespace funnelcast::ui {

// A QTabWidget whose pages can be built on first use, so that start-up pays only for the page
// on screen. addLazyTab() puts an empty placeholder in the tab; the page is built and put in
// its place (same index, text, tooltip) when the tab becomes current while the widget is
// shown, when the widget is first shown with that tab current, or when page() asks for it.
// The page takes the placeholder's place in the Tab order too: where it would have been had
// it been built when addLazyTab() was called.
// Code that needs the page itself (to attach a document, or a test reading it) calls page().
class LazyTabWidget : public QTabWidget
{
    Q_OBJECT

public:
    using Builder = std::function<QWidget *()>;

    explicit LazyTabWidget(QWidget *parent = nullptr);

    int addLazyTab(const QString &label, Builder build);
    // The page of tab `index`, built now if it was not yet.
    QWidget *page(int index);
    bool isBuilt(int index) const;

    // A widget made late joins the end of its window's focus chain, so Tab would reach it only
    // after every other widget of the window. This moves the focusable widgets of `widget`,
    // in their own order, to right after `after`.
    static void placeInFocusChain(QWidget *widget, QWidget *after);

signals:
    // A lazily built page has just taken its tab's place.
    void pageBuilt(int index, QWidget *page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCurrent();

    QHash<QWidget *, Builder> m_pending; // placeholder -> what builds its page
};

} // namespace funnelcast::ui
