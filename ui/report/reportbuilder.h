#pragma once

#include "report/reportdata.h"
#include "report/reportstyle.h"
#include "report/reporttext.h"

#include <QString>

class QPaintDevice;
class QPagedPaintDevice;
class QPageLayout;

namespace funnelcast::ui {

class ReportCanvas;
struct ReportStat;

// Lays out the report from ReportData on any paged device: cover, executive summary, budget
// allocation, weekly forecast, funnel per channel, creators and organic posting, scenario
// comparison, optimizer proposal, plan against actuals, and the appendix of assumptions.
// Sections with nothing to show are left out rather than printed empty.
class ReportBuilder
{
public:
    ReportBuilder(const ReportData &data, const QString &language);

    // Paints every page; `totalPages` (0 when not yet known) fills "page n of N". Returns the
    // number of pages, or 0 when the device could not be painted on.
    int render(QPagedPaintDevice *device, int totalPages = 0) const;
    // The same on any device with its page layout (the page counter of the first pass).
    int render(QPaintDevice *device, const QPageLayout &layout, int totalPages = 0) const;

    QString title() const;   // document title: the plan name and "forecast report"
    QString subject() const; // scenario and period
    const ReportText &text() const { return m_text; }

private:
    enum class Unit { Money, Count, Ratio };

    void cover(ReportCanvas &canvas) const;
    void summary(ReportCanvas &canvas) const;
    void allocation(ReportCanvas &canvas) const;
    void weekly(ReportCanvas &canvas) const;
    void funnel(ReportCanvas &canvas) const;
    void creatorsAndOrganic(ReportCanvas &canvas) const;
    void scenarios(ReportCanvas &canvas) const;
    void optimization(ReportCanvas &canvas) const;
    void pacing(ReportCanvas &canvas) const;
    void appendix(ReportCanvas &canvas) const;

    // Not named tr: lupdate would not see the QT_TRANSLATE_NOOP inside a tr() call.
    QString translated(const char *source) const { return m_text.tr(source); }
    QString format(Unit unit, double value) const;
    QString formatStat(Unit unit, const ReportStat &stat) const; // base, or "n/a"
    QString range(Unit unit, const ReportStat &stat) const;      // "P10 – P90"
    QString kindName(ReportItemKind kind) const;
    QString platformName(const QString &platform) const;
    QString fieldName(const QString &field) const;
    QString objectiveName(const QString &objective) const;
    QString objectiveValue(const QString &objective, double value) const;

    const ReportData &m_data;
    ReportText m_text;
    ReportStyle m_style;
};

} // namespace funnelcast::ui
