#pragma once

#include <QString>

namespace funnelcast {

// Files appear complete or not at all: written under a temporary name in the target's own
// folder (same file system), then renamed into place.
class AtomicRename
{
public:
    // A hidden, unused name beside `target`, e.g. ".plan.fcplan.3fa9c2.tmp".
    static QString tempPathBeside(const QString &target);
    // Renames `from` to `to`; with `overwrite` an existing `to` is replaced in one step, without
    // it an existing `to` makes the rename fail. Returns false and sets `error` on failure.
    static bool rename(const QString &from, const QString &to, bool overwrite, QString *error);
};

} // namespace funnelcast
