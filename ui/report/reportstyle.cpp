#include "report/reportstyle.h"

#include <QFontDatabase>

namespace funnelcast::ui {

ReportStyle ReportStyle::standard()
{
    ReportStyle style;
    // Prefer the first Latin face installed; DejaVu Sans ships with every Debian desktop and
    // covers the currency signs we print (₩, €, ¥).
    const QStringList installed = QFontDatabase::families();
    for (const QString &candidate : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                     QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                                     QStringLiteral("Helvetica")}) {
        if (installed.contains(candidate)) {
            style.families << candidate;
            break;
        }
    }
    for (const QString &cjk : {QStringLiteral("Noto Sans CJK KR"),
                               QStringLiteral("Source Han Sans KR"),
                               QStringLiteral("Malgun Gothic"),
                               QStringLiteral("Apple SD Gothic Neo")}) {
        if (installed.contains(cjk))
            style.families << cjk;
    }
    if (style.families.isEmpty())
        style.families << QStringLiteral("Sans Serif");
    style.palette = {
        QColor(0x1f, 0x4e, 0x79), QColor(0xe0, 0x8e, 0x2b), QColor(0x3a, 0x9a, 0x8c),
        QColor(0xc2, 0x4d, 0x5a), QColor(0x7b, 0x6a, 0xb0), QColor(0x8a, 0xa8, 0x3d),
        QColor(0x5b, 0x9b, 0xd5), QColor(0xa8, 0x7c, 0x5a), QColor(0x9e, 0x9e, 0x9e),
        QColor(0xd4, 0x74, 0xa9),
    };
    return style;
}

QColor ReportStyle::seriesColor(int index) const
{
    if (palette.empty())
        return ink;
    return palette[static_cast<size_t>(index) % palette.size()];
}

} // namespace funnelcast::ui
