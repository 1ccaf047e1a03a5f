#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace funnelcast {

// One record of a delimited file: its cells as UTF-8 byte ranges into one reused buffer,
// and the physical line (from 1) it starts on.
struct CsvRecord
{
    qint64 line = 0;
    std::string data;
    std::vector<std::pair<size_t, size_t>> cells; // offset, length into data

    int size() const { return static_cast<int>(cells.size()); }
    std::string_view cell(int i) const
    {
        if (i < 0 || i >= size())
            return {};
        return std::string_view(data).substr(cells[size_t(i)].first, cells[size_t(i)].second);
    }
    QString text(int i) const
    {
        const std::string_view v = cell(i);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    bool isBlank() const; // every cell empty or whitespace
};

} // namespace funnelcast
