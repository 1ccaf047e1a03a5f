#pragma once

#include <QMetaObject>
#include <QString>

namespace funnelcast::ui {

class PlanDocument;

// Catches the refusals (PlanDocument::editRefused) of the edits made while it lives, so the
// view that made them can explain them next to its field or grid. The main window's message
// bar shows only the refusals no view caught (isActive() false while they are emitted), so a
// refused value is explained in one place, not three.
class RefusalCapture
{
public:
    explicit RefusalCapture(PlanDocument *document);
    ~RefusalCapture();
    RefusalCapture(const RefusalCapture &) = delete;
    RefusalCapture &operator=(const RefusalCapture &) = delete;

    // The last refusal caught, or empty.
    QString message() const { return m_message; }

    static bool isActive();

private:
    QMetaObject::Connection m_connection;
    QString m_message;
};

} // namespace funnelcast::ui
