#include "actuals/exportformat.h"

namespace funnelcast {

namespace {

using C = ActualsColumn;

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << ExportFormat::fold(QString::fromUtf8(item));
    return out;
}

ExportFormat make(const char *key, std::initializer_list<const char *> platforms)
{
    ExportFormat f;
    f.key = QString::fromLatin1(key);
    for (const char *p : platforms)
        f.platforms << QString::fromLatin1(p);
    return f;
}

std::vector<ExportFormat> buildFormats()
{
    std::vector<ExportFormat> formats;

    ExportFormat meta = make("meta", { "instagram", "facebook", "threads", "meta" });
    meta.aliases[size_t(C::Date)]
        = list({ "day", "일", "reporting starts", "보고 시작", "inicio del informe" });
    meta.aliases[size_t(C::EndDate)] = list({ "reporting ends", "보고 종료", "fin del informe" });
    meta.rangeStartAliases = list({ "reporting starts", "보고 시작", "inicio del informe" });
    meta.aliases[size_t(C::Spend)] = list({ "amount spent", "지출 금액", "importe gastado" });
    meta.aliases[size_t(C::Impressions)] = list({ "impressions", "노출", "impresiones" });
    meta.aliases[size_t(C::Clicks)] = list({ "link clicks", "링크 클릭", "clics en el enlace",
        "clicks (all)", "클릭(전체)", "clics (todos)" });
    meta.aliases[size_t(C::Orders)] = list({ "purchases", "구매", "compras" });
    meta.aliases[size_t(C::Revenue)]
        = list({ "purchases conversion value", "구매 전환값", "valor de conversión de compras" });
    meta.keyAliases = list(
        { "campaign name", "ad set name", "ad name", "캠페인 이름", "광고 세트 이름", "광고 이름",
            "nombre de la campaña", "nombre del conjunto de anuncios", "nombre del anuncio" });
    meta.signature = meta.aliases[size_t(C::Spend)];
    formats.push_back(meta);

    ExportFormat naver = make("naver", { "naver" });
    naver.aliases[size_t(C::Date)] = list({ "일별", "일자", "날짜" });
    naver.aliases[size_t(C::Spend)] = list({ "총비용(VAT포함,원)", "총비용(VAT포함, 원)" });
    naver.aliases[size_t(C::Impressions)] = list({ "노출수" });
    naver.aliases[size_t(C::Clicks)] = list({ "클릭수" });
    naver.aliases[size_t(C::Orders)] = list({ "총 전환수", "전환수" });
    naver.aliases[size_t(C::Revenue)] = list({ "총 전환매출액(원)", "전환매출액(원)" });
    naver.keyAliases = list({ "캠페인", "광고그룹", "소재", "키워드" });
    naver.signature = naver.aliases[size_t(C::Spend)];
    naver.impliedCurrency = QStringLiteral("KRW");
    formats.push_back(naver);

    ExportFormat google = make("google", { "google", "youtube" });
    google.aliases[size_t(C::Date)] = list({ "day", "jour", "día", "tag" });
    google.aliases[size_t(C::Week)] = list({ "week", "semaine", "semana", "woche" });
    google.aliases[size_t(C::Spend)] = list({ "cost", "coût", "coste", "kosten" });
    google.aliases[size_t(C::Impressions)] = list({ "impr.", "impressions", "impresiones" });
    google.aliases[size_t(C::Clicks)] = list({ "clicks", "clics", "klicks" });
    google.aliases[size_t(C::Orders)] = list({ "conversions", "conversiones", "konversionen" });
    google.aliases[size_t(C::Revenue)]
        = list({ "conv. value", "valeur de conv.", "valor de conv.", "konv.-wert" });
    google.aliases[size_t(C::CurrencyCode)]
        = list({ "currency code", "code de la devise", "código de moneda", "currency" });
    google.keyAliases = list({ "campaign", "campaign id", "ad group", "ad group id", "campagne",
        "campaña", "kampagne" });
    google.signature = list({ "impr.", "currency code", "campaign status", "conv. value",
        "code de la devise", "valeur de conv." });
    formats.push_back(google);

    ExportFormat tiktok = make("tiktok", { "tiktok", "tiktok_shop" });
    tiktok.aliases[size_t(C::Date)] = list({ "date", "by day", "day", "stat time day" });
    tiktok.aliases[size_t(C::Spend)] = list({ "cost", "total cost" });
    tiktok.aliases[size_t(C::Impressions)] = list({ "impressions" });
    tiktok.aliases[size_t(C::Clicks)] = list({ "clicks (destination)", "clicks" });
    tiktok.aliases[size_t(C::Orders)] = list({ "complete payment", "purchases" });
    tiktok.aliases[size_t(C::Revenue)]
        = list({ "total complete payment", "complete payment value" });
    tiktok.aliases[size_t(C::RevenueRoas)] = list({ "complete payment roas" });
    tiktok.aliases[size_t(C::CurrencyCode)] = list({ "currency" });
    tiktok.keyAliases = list(
        { "campaign name", "ad group name", "ad name", "campaign id", "ad group id", "ad id" });
    tiktok.signature = list(
        { "clicks (destination)", "cpc (destination)", "ctr (destination)", "complete payment",
            "complete payment roas", "ad group name", "primary status", "total complete payment" });
    formats.push_back(tiktok);

    ExportFormat kakao = make("kakao", { "kakao" });
    kakao.aliases[size_t(C::Date)] = list({ "일", "일자", "날짜" });
    kakao.aliases[size_t(C::Spend)] = list({ "비용" });
    kakao.aliases[size_t(C::Impressions)] = list({ "노출수" });
    kakao.aliases[size_t(C::Clicks)] = list({ "클릭수" });
    kakao.aliases[size_t(C::Orders)] = list({ "전환수" });
    kakao.aliases[size_t(C::Revenue)] = list({ "전환매출액" });
    kakao.keyAliases
        = list({ "캠페인 이름", "광고그룹 이름", "소재 이름", "캠페인", "광고그룹", "소재" });
    kakao.signature = list({ "캠페인 이름", "광고그룹 이름", "소재 이름" });
    kakao.impliedCurrency = QStringLiteral("KRW");
    formats.push_back(kakao);

    ExportFormat generic = make("generic", {});
    generic.aliases[size_t(C::Date)] = list({ "date", "day", "날짜", "일", "일자" });
    generic.aliases[size_t(C::Week)] = list({ "week", "주" });
    generic.aliases[size_t(C::Spend)] = list({ "spend", "cost", "광고비", "비용" });
    generic.aliases[size_t(C::Impressions)] = list({ "impressions", "노출수", "노출" });
    generic.aliases[size_t(C::Clicks)] = list({ "clicks", "클릭수", "클릭" });
    generic.aliases[size_t(C::Orders)]
        = list({ "orders", "conversions", "purchases", "주문수", "전환수" });
    generic.aliases[size_t(C::Revenue)]
        = list({ "revenue", "sales", "매출", "매출액", "전환매출액" });
    generic.aliases[size_t(C::CurrencyCode)] = list({ "currency", "currency code", "통화" });
    generic.keyAliases = list(
        { "campaign", "campaign name", "ad group", "ad set", "ad", "캠페인", "광고그룹", "소재" });
    formats.push_back(generic);
    return formats;
}

} // namespace

QString ExportFormat::fold(const QString &header)
{
    return header.simplified().toCaseFolded();
}

const std::vector<ExportFormat> &ExportFormat::all()
{
    static const std::vector<ExportFormat> formats = buildFormats();
    return formats;
}

const ExportFormat *ExportFormat::find(const QString &key)
{
    for (const ExportFormat &f : all())
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList ExportFormat::keys()
{
    QStringList out;
    for (const ExportFormat &f : all())
        out << f.key;
    return out;
}

} // namespace funnelcast
