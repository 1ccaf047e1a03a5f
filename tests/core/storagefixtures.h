#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>

namespace funnelcast::test {

// A plan that sets every field to a value other than its default, with unknown fields at every
// level, values that do not print exactly in decimal, and non-ASCII text.
Plan fullPlan();
// A paid channel, a creator deal and an organic stream with all fields valid for `weeks` >= 4.
PaidChannel sampleChannel(const QString &name);
CreatorDeal sampleCreator(const QString &name);
OrganicStream sampleOrganic(const QString &name);

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// Runs SQL on a file with the plain SQLite API (as another program would); returns an empty
// string on success, else SQLite's message.
QString rawSql(const QString &path, const char *sql);

} // namespace funnelcast::test
