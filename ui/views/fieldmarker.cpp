#include "views/fieldmarker.h"

#include <QVariant>
#include <QWidget>

namespace funnelcast::ui {

namespace {
const char *markedProperty = "funnelcastRefused";
const char *tipProperty = "funnelcastNormalToolTip";
} // namespace

void FieldMarker::mark(QWidget *field, const QString &problem)
{
    if (!isMarked(field))
        field->setProperty(tipProperty, field->toolTip());
    field->setProperty(markedProperty, true);
    field->setStyleSheet(QStringLiteral("border: 2px solid #d0453a; border-radius: 3px;"));
    field->setToolTip(problem);
    field->setAccessibleDescription(problem);
}

void FieldMarker::clear(QWidget *field)
{
    if (!isMarked(field))
        return;
    field->setProperty(markedProperty, false);
    field->setStyleSheet(QString());
    field->setToolTip(field->property(tipProperty).toString());
    field->setAccessibleDescription(QString());
}

bool FieldMarker::isMarked(const QWidget *field)
{
    return field->property(markedProperty).toBool();
}

} // namespace funnelcast::ui
