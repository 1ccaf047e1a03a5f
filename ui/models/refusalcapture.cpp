#include "models/refusalcapture.h"

#include "document/plandocument.h"

namespace funnelcast::ui {

namespace {
// Edits run on the UI thread only; captures may nest (a table edit inside a paste).
int captureDepth = 0;
} // namespace

RefusalCapture::RefusalCapture(PlanDocument *document)
{
    ++captureDepth;
    if (document)
        m_connection = QObject::connect(document, &PlanDocument::editRefused,
                                        [this](const QString &message) { m_message = message; });
}

RefusalCapture::~RefusalCapture()
{
    QObject::disconnect(m_connection);
    --captureDepth;
}

bool RefusalCapture::isActive()
{
    return captureDepth > 0;
}

} // namespace funnelcast::ui
