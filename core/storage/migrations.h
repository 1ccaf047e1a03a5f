#pragma once

namespace funnelcast {

class Database;

// The ordered steps that bring an older plan file to the current schema, one per version
// (N -> N+1). The caller runs them inside one transaction after writing a backup copy, so a
// failed step leaves the file as it was.
class Migrations
{
public:
    // Runs every step from `fromVersion` up to PlanFile::currentSchemaVersion and sets
    // user_version. Throws InputError when a step fails.
    static void run(Database &db, int fromVersion);
    // The number of steps known: currentSchemaVersion (a test checks they match).
    static int stepCount();
};

} // namespace funnelcast
