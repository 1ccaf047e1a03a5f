#pragma once

#include "model/scenario.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace funnelcast {

struct Plan
{
    QString name;
    QString currency = QStringLiteral("KRW"); // ISO 4217
    QDate start;                              // a Monday
    int weeks = 8;                            // W, 1..156
    std::optional<double> population;         // P; absent = derived per scenario
    double margin = 1.0;                      // product gross margin, 0..1
    std::vector<Scenario> scenarios;
    QJsonObject unknownFields;

    // P for a scenario: the stored population, else the scenario's sum of paid audiences
    // (those set) and of creators' and organic streams' followers, at base values.
    double populationFor(const Scenario &scenario) const;
    // Start date of week t (0-based).
    QDate weekStart(int t) const { return start.addDays(7LL * t); }
    // Index of the scenario with that name, or -1.
    int scenarioIndex(const QString &scenarioName) const;

    bool operator==(const Plan &other) const;
    bool operator!=(const Plan &other) const { return !(*this == other); }
};

} // namespace funnelcast
