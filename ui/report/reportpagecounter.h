#pragma once

#include <QPageLayout>
#include <QPaintDevice>

#include <memory>

namespace funnelcast::ui {

class ReportNullEngine;

// A paint device that draws nothing: the report's first layout pass runs on it to count the
// pages for "page n of N". It reports the same resolution and page size as the real device,
// so fonts measure the same and the pages break in the same places, without the cost of
// writing, compressing and embedding a scratch PDF.
class ReportPageCounter : public QPaintDevice
{
public:
    ReportPageCounter(const QPageLayout &layout, int resolution);
    ~ReportPageCounter() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPageLayout m_layout;
    int m_resolution;
    std::unique_ptr<ReportNullEngine> m_engine;
};

} // namespace funnelcast::ui
