#include "storage/database.h"

#include <sqlite3.h>

namespace funnelcast {

Transaction::Transaction(Database &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a busy file fails here and not half-way.
    m_db.exec("BEGIN IMMEDIATE;");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT;");
    m_done = true;
}

} // namespace funnelcast
