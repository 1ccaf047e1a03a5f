#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace funnelcast::ui {

// A thin warning strip above or below an editor: says why an edit was refused without a modal
// box interrupting the typing. Hidden until there is something to say; closes on click.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    // Hides the strip and forgets its text.
    void clearMessage();
    // The message shown, or empty when the strip is hidden.
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace funnelcast::ui
