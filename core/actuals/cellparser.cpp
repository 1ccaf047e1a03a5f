#include "actuals/cellparser.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace funnelcast {

namespace {

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view p)
{
    return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

bool endsWith(std::string_view s, std::string_view p)
{
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads an unsigned integer at *pos; false when there is none.
bool readInt(std::string_view s, size_t *pos, int *out, int maxDigits = 4)
{
    size_t i = *pos;
    int v = 0;
    int digits = 0;
    while (i < s.size() && isDigit(s[i]) && digits < maxDigits) {
        v = v * 10 + (s[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || (i < s.size() && isDigit(s[i])))
        return false;
    *pos = i;
    *out = v;
    return true;
}

void skipSpaces(std::string_view s, size_t *pos)
{
    while (*pos < s.size() && s[*pos] == ' ')
        ++*pos;
}

int monthFromName(std::string_view word)
{
    static const char *const names[] = { "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december" };
    if (word.size() < 3)
        return 0;
    std::string lower(word);
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    if (!lower.empty() && lower.back() == '.')
        lower.pop_back();
    for (int m = 0; m < 12; ++m) {
        const std::string_view full(names[m]);
        if (lower == full
            || (lower.size() >= 3 && startsWith(full, lower)
                && (lower.size() == 3 || (lower == "sept" && m == 8))))
            return m + 1;
    }
    return 0;
}

QDate makeDate(int y, int m, int d)
{
    if (y < 1900 || y > 2200)
        return QDate();
    return QDate(y, m, d); // invalid when the day does not exist
}

} // namespace

CellParser::NumberStatus CellParser::parseNumber(std::string_view cell, double *value)
{
    std::string_view s = trimmed(cell);
    if (s.empty() || s == "-" || s == "--" || s == "\xE2\x80\x94" /* em dash */)
        return NumberStatus::Missing;
    // Currency signs: $ and the UTF-8 forms of won, euro, pound, yen.
    static const char *const signs[] = { "$", "\xE2\x82\xA9", "\xEF\xBF\xA6", "\xE2\x82\xAC",
        "\xC2\xA3", "\xC2\xA5", "\xEF\xBF\xA5" };
    const auto special = [](char c) { return c == '$' || static_cast<unsigned char>(c) >= 0x80; };
    for (const char *sign : signs) {
        if (s.empty() || (!special(s.front()) && !special(s.back())))
            break; // the common case: plain digits, no sign to look for
        if (startsWith(s, sign))
            s = trimmed(s.substr(std::strlen(sign)));
        else if (endsWith(s, sign))
            s = trimmed(s.substr(0, s.size() - std::strlen(sign)));
    }
    if (!s.empty() && special(s.back()) && endsWith(s, "\xEC\x9B\x90")) // 원
        s = trimmed(s.substr(0, s.size() - 3));
    // Fixed buffers: numbers are short, and the import parses millions of them.
    constexpr size_t maxLength = 64;
    if (s.size() > maxLength)
        return NumberStatus::Invalid;
    char bodyBuffer[maxLength];
    char cleanBuffer[maxLength];
    size_t bodySize = 0;
    size_t cleanSize = 0;
    bool negative = false;
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        negative = s[0] == '-';
        i = 1;
    }
    // Drop spaces used as group separators (also the UTF-8 no-break and narrow no-break spaces).
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c == ' ' || c == '\'')
            continue;
        if (static_cast<unsigned char>(c) < 0x80) {
            if (!isDigit(c) && c != ',' && c != '.')
                return NumberStatus::Invalid;
            bodyBuffer[bodySize++] = c;
            continue;
        }
        if (startsWith(s.substr(i), "\xC2\xA0")) {
            ++i;
            continue;
        }
        if (startsWith(s.substr(i), "\xE2\x80\xAF")) {
            i += 2;
            continue;
        }
        if (!isDigit(c) && c != ',' && c != '.')
            return NumberStatus::Invalid;
        bodyBuffer[bodySize++] = c;
    }
    if (bodySize == 0)
        return NumberStatus::Invalid;
    const std::string_view body(bodyBuffer, bodySize);
    const size_t lastComma = body.rfind(',');
    const size_t lastDot = body.rfind('.');
    constexpr size_t npos = std::string_view::npos;
    char decimal = 0;
    if (lastComma != npos && lastDot != npos) {
        decimal = lastComma > lastDot ? ',' : '.';
    } else if (lastDot != npos) {
        // One dot is a decimal mark; several are group separators.
        decimal = body.find('.') == lastDot ? '.' : 0;
    } else if (lastComma != npos) {
        // `1,234` and `1,234,567` group; a single comma followed by other than three digits
        // (`12,5`) is a decimal comma.
        const bool single = body.find(',') == lastComma;
        decimal = (single && body.size() - lastComma - 1 != 3) ? ',' : 0;
    }
    char group = ',';
    if (decimal == ',')
        group = '.';
    else if (decimal == 0 && lastDot != npos)
        group = '.';
    // Group separators must split digits into threes after the first group.
    size_t intEnd = decimal ? body.rfind(decimal) : body.size();
    {
        size_t run = 0;
        bool seenGroup = false;
        for (size_t k = 0; k < intEnd; ++k) {
            if (body[k] == group) {
                if (k == 0 || (seenGroup && run != 3) || (!seenGroup && run > 3))
                    return NumberStatus::Invalid;
                seenGroup = true;
                run = 0;
            } else if (isDigit(body[k])) {
                ++run;
            } else {
                return NumberStatus::Invalid;
            }
        }
        if (seenGroup && run != 3)
            return NumberStatus::Invalid;
    }
    for (size_t k = 0; k < body.size(); ++k) {
        const char c = body[k];
        if (c == group)
            continue;
        if (c == decimal) {
            if (k != intEnd)
                return NumberStatus::Invalid;
            cleanBuffer[cleanSize++] = '.';
        } else if (isDigit(c)) {
            cleanBuffer[cleanSize++] = c;
        } else {
            return NumberStatus::Invalid;
        }
    }
    if (cleanSize == 0 || (cleanSize == 1 && cleanBuffer[0] == '.'))
        return NumberStatus::Invalid;
    double v = 0.0;
    const auto result = std::from_chars(cleanBuffer, cleanBuffer + cleanSize, v);
    if (result.ec != std::errc() || result.ptr != cleanBuffer + cleanSize || !std::isfinite(v))
        return NumberStatus::Invalid;
    *value = negative ? -v : v;
    return NumberStatus::Ok;
}

QDate CellParser::parseDate(std::string_view cell)
{
    std::string_view s = trimmed(cell);
    if (s.empty())
        return QDate();
    size_t pos = 0;
    int a = 0;
    if (isDigit(s[0])) {
        if (!readInt(s, &pos, &a, 8))
            return QDate();
        if (pos == s.size() && pos == 8) // 20260201
            return makeDate(a / 10000, a / 100 % 100, a % 100);
        if (pos == 4) {
            // yyyy-MM-dd, yyyy/MM/dd, yyyy.MM.dd(.), yyyy. M. d.
            const char sep = pos < s.size() ? s[pos] : 0;
            if (sep != '-' && sep != '/' && sep != '.')
                return QDate();
            int m = 0;
            int d = 0;
            ++pos;
            skipSpaces(s, &pos);
            if (!readInt(s, &pos, &m, 2) || pos >= s.size() || s[pos] != sep)
                return QDate();
            ++pos;
            skipSpaces(s, &pos);
            if (!readInt(s, &pos, &d, 2))
                return QDate();
            if (sep == '.' && pos < s.size() && s[pos] == '.')
                ++pos;
            // Allow a time part after ISO dates (`2026-02-01 00:00:00`).
            if (pos < s.size() && !(sep == '-' && (s[pos] == ' ' || s[pos] == 'T')))
                return QDate();
            return makeDate(a, m, d);
        }
        // M/d/yyyy (US)
        if (pos <= 2 && pos < s.size() && s[pos] == '/') {
            int d = 0;
            int y = 0;
            ++pos;
            if (!readInt(s, &pos, &d, 2) || pos >= s.size() || s[pos] != '/')
                return QDate();
            ++pos;
            if (!readInt(s, &pos, &y, 4) || pos != s.size() || y < 1000)
                return QDate();
            return makeDate(y, a, d);
        }
        return QDate();
    }
    // `Sun, Feb 1, 2026`, `February 1, 2026`, `Feb 1, 2026`: an optional weekday, then a month.
    std::string_view rest = s;
    const size_t comma = rest.find(',');
    if (comma != std::string_view::npos && comma <= 9) {
        const std::string_view first = trimmed(rest.substr(0, comma));
        if (monthFromName(first) == 0 && first.find(' ') == std::string_view::npos)
            rest = trimmed(rest.substr(comma + 1)); // a weekday name
    }
    const size_t space = rest.find(' ');
    if (space == std::string_view::npos)
        return QDate();
    const int month = monthFromName(rest.substr(0, space));
    if (month == 0)
        return QDate();
    pos = space;
    skipSpaces(rest, &pos);
    int d = 0;
    int y = 0;
    if (!readInt(rest, &pos, &d, 2))
        return QDate();
    if (pos < rest.size() && rest[pos] == ',')
        ++pos;
    skipSpaces(rest, &pos);
    if (!readInt(rest, &pos, &y, 4) || pos != rest.size())
        return QDate();
    return makeDate(y, month, d);
}

} // namespace funnelcast
