#pragma once

#include <QDialog>

namespace funnelcast::ui {

// Help > About: the version, the licences of the libraries Funnelcast is built on, and where
// the default assumptions of new channels and creator deals come from.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's text as HTML (also what the test reads).
    static QString aboutHtml();
};

} // namespace funnelcast::ui
