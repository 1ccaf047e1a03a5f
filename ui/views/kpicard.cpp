#include "views/kpicard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace funnelcast::ui {

KpiCard::KpiCard(const QString &title, const QString &toolTip, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_value(new QLabel(this)),
      m_range(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setToolTip(toolTip);
    setAccessibleName(title);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.45);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_range->setFont(titleFont);
    m_range->setForegroundRole(QPalette::PlaceholderText);
    // "P10–P90: ₩67,261,600 – ₩116,326,300" breaks at its spaces rather than being cut when
    // the forecast column is narrow (or the labels are longer, as in Korean).
    m_range->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_range);
}

void KpiCard::setValues(const QString &base, const QString &range)
{
    m_value->setText(base);
    m_range->setText(range);
    setAccessibleDescription(range.isEmpty() ? base : base + QStringLiteral(", ") + range);
    // Painted at once: the new figure is on screen before the other views (charts, the
    // comparison, the budget tab) have finished reacting to the same edit, which takes them
    // tens of milliseconds (docs/performance.md).
    if (isVisible())
        repaint();
}

QString KpiCard::baseText() const
{
    return m_value->text();
}

QString KpiCard::rangeText() const
{
    return m_range->text();
}

} // namespace funnelcast::ui
