#pragma once

#include <QString>

class QWidget;

namespace funnelcast::ui {

// Marks an input field whose text was refused (a red frame, the reason as its tooltip and
// accessible description) and clears the mark again.
class FieldMarker
{
public:
    static void mark(QWidget *field, const QString &problem);
    static void clear(QWidget *field);
    static bool isMarked(const QWidget *field);
};

} // namespace funnelcast::ui
