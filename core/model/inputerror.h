#pragma once

#include <QString>

#include <stdexcept>

namespace funnelcast {

// A problem with what the user gave us (a file, a field, an option value), told in one
// sentence that names the file, line or field and what is wrong. The command line maps it to
// exit status 3; the GUI shows the sentence.
class InputError : public std::runtime_error
{
public:
    explicit InputError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// A usage problem (unknown option, ambiguous choice): exit status 2.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace funnelcast
