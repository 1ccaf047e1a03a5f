#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace funnelcast {

// Writes a plan JSON object for people to read: keys in the order of MODEL.md section 9
// (format and version first, the scenarios last; unknown keys after the known ones,
// alphabetically), two-space indentation, and small objects and lists of numbers such as
// {"low": .., "base": .., "high": ..} on one line. Numbers are written as QJsonDocument writes
// them (shortest form that reads back to the same double).
class PlanJsonWriter
{
public:
    static QByteArray write(const QJsonObject &object);
};

} // namespace funnelcast
