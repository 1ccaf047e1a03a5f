<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActualsCommand</name>
    <message>
        <location filename="../app/actualscommand.cpp" line="+19"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actuals writes JSON only; add --json.</source>
        <translation>actuals는 JSON으로만 출력합니다. --json을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>ActualsImporter</name>
    <message>
        <location filename="../core/actuals/actualsimporter.cpp" line="+87"/>
        <source>%1 line %2: the header has no spend column (such as &quot;Cost&quot;, &quot;Amount spent (KRW)&quot; or &quot;비용&quot;).</source>
        <translation>%1 %2행: 헤더에 비용 열(&quot;Cost&quot;, &quot;Amount spent (KRW)&quot;, &quot;비용&quot; 등)이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 line %2: the header has no date column (such as &quot;Day&quot;, &quot;Reporting starts&quot; or &quot;일&quot;).</source>
        <translation>%1 %2행: 헤더에 날짜 열(&quot;Day&quot;, &quot;Reporting starts&quot;, &quot;일&quot; 등)이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 line %2: the header is not that of a %3 export; try --format auto.</source>
        <translation>%1 %2행: %3 내보내기 파일의 헤더가 아닙니다. --format auto를 사용해 보세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no header row with a date and a spend column in its first %2 rows; this does not look like an ad-platform export.</source>
        <translation>%1: 처음 %2행 안에 날짜 열과 비용 열이 있는 헤더 행이 없습니다. 광고 플랫폼 내보내기 파일이 아닌 것 같습니다.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The plan has no paid channel to attach actuals to; add one first.</source>
        <translation>실적을 연결할 유료 채널이 플랜에 없습니다. 먼저 유료 채널을 추가하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no paid channel named &quot;%1&quot;; its channels are: %2.</source>
        <translation>플랜에 &quot;%1&quot; 유료 채널이 없습니다. 플랜의 채널: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No paid channel of the plan matches this %1 export; name one with --channel (the plan&apos;s channels: %2).</source>
        <translation>이 %1 내보내기 파일과 맞는 유료 채널이 플랜에 없습니다. --channel로 채널을 지정하세요(플랜의 채널: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several channels could take this %1 export (%2); name one with --channel.</source>
        <translation>이 %1 내보내기 파일에 해당할 수 있는 채널이 여러 개입니다(%2). --channel로 하나를 지정하세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+183"/>
        <source>Unknown format &quot;%1&quot;; use one of: auto, %2.</source>
        <translation>알 수 없는 형식 &quot;%1&quot;입니다. auto, %2 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+197"/>
        <source>%1 line %2: the export is in %3 but the plan is in %4; export the report in the plan&apos;s currency.</source>
        <translation>%1 %2행: 내보내기 파일의 통화는 %3인데 플랜의 통화는 %4입니다. 플랜의 통화로 리포트를 내보내세요.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+193"/>
        <source>%1 line %2: %3.</source>
        <translation>%1 %2행: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the export has a header (line %2) but no rows to import.</source>
        <translation>%1: 내보내기 파일에 머리글(%2번째 줄)은 있지만 가져올 행이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ActualsReport</name>
    <message>
        <location filename="../core/actuals/actualsreport.cpp" line="+45"/>
        <source>The plan has no channel named &quot;%1&quot;.</source>
        <translation>플랜에 &quot;%1&quot; 채널이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ActualsRowParser</name>
    <message>
        <location filename="../core/actuals/actualsrowparser.cpp" line="+84"/>
        <source>column &quot;%1&quot; holds &quot;%2&quot;, which is not a number</source>
        <translation>&quot;%1&quot; 열의 값 &quot;%2&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column &quot;%1&quot; holds a negative amount (%2)</source>
        <translation>&quot;%1&quot; 열에 음수 금액(%2)이 있습니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the row has no date in column &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 열에 날짜가 없는 행입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a valid date</source>
        <translation>&quot;%2&quot; 열의 &quot;%1&quot;은(는) 올바른 날짜가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row covers %1 days (%2 to %3); export with a daily or weekly breakdown</source>
        <translation>이 행은 %1일(%2~%3)을 포함합니다. 일별 또는 주별로 나눠 내보내세요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 line %2: the export is in %3 but the plan is in %4; export the report in the plan&apos;s currency.</source>
        <translation>%1 %2행: 내보내기 파일의 통화는 %3인데 플랜의 통화는 %4입니다. 플랜의 통화로 리포트를 내보내세요.</translation>
    </message>
</context>
<context>
    <name>ActualsStore</name>
    <message>
        <location filename="../core/actuals/actualsstore.cpp" line="+75"/>
        <location line="+54"/>
        <source>The plan file cannot store actuals (%1).</source>
        <translation>이 플랜 파일에는 실적을 저장할 수 없습니다(%1).</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+48"/>
        <source>The actuals could not be written to the plan file (%1).</source>
        <translation>실적을 플랜 파일에 쓰지 못했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <location filename="../app/arguments.cpp" line="+34"/>
        <source>The option --%1 needs a value.</source>
        <translation>--%1 옵션에는 값이 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option --%1.</source>
        <translation>알 수 없는 옵션 --%1입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing argument: %1.</source>
        <translation>인수가 없습니다: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1은(는) %2부터 %3 사이의 정수여야 합니다. &quot;%4&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1은(는) %2부터 %3 사이의 숫자여야 합니다. &quot;%4&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>BudgetOptimizer</name>
    <message>
        <location filename="../core/optimize/budgetoptimizer.cpp" line="+79"/>
        <source>Scenario &quot;%1&quot; has no paid channels, so there is no budget to split.</source>
        <translation>시나리오 &quot;%1&quot;에 유료 채널이 없어 나눌 예산이 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Channel &quot;%1&quot;: its minimum spend %2 is %3 above its maximum spend %4.</source>
        <translation>채널 &quot;%1&quot;: 최소 광고비 %2이(가) 최대 광고비 %4보다 %3 큽니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every paid channel of scenario &quot;%1&quot; is locked, so there is no spend to optimize.</source>
        <translation>시나리오 &quot;%1&quot;의 모든 유료 채널이 고정되어 있어 최적화할 광고비가 없습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The budget must be a finite number.</source>
        <translation>예산은 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget %1 is %2 below zero; a budget cannot be negative.</source>
        <translation>예산 %1은(는) 0보다 %2 작습니다. 예산은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget %1 is %2 below the channels&apos; locked and minimum spends (%3).</source>
        <translation>예산 %1은(는) 채널의 고정 광고비와 최소 광고비 합계(%3)보다 %2 적습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget %1 is %2 below the channels&apos; minimum spends (%3).</source>
        <translation>예산 %1은(는) 채널의 최소 광고비 합계(%3)보다 %2 적습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The budget %1 is %2 above the channels&apos; locked and maximum spends (%3).</source>
        <translation>예산 %1은(는) 채널의 고정 광고비와 최대 광고비 합계(%3)보다 %2 많습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget %1 is %2 above the channels&apos; maximum spends (%3).</source>
        <translation>예산 %1은(는) 채널의 최대 광고비 합계(%3)보다 %2 많습니다.</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+22"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrate writes JSON only; add --json.</source>
        <translation>calibrate는 JSON으로만 출력합니다. --json을 추가하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrate needs --channel NAME.</source>
        <translation>calibrate에는 --channel NAME이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Calibrator</name>
    <message>
        <location filename="../core/actuals/calibrator.cpp" line="+99"/>
        <source>%1 week(s) with the needed columns; at least %2 are needed.</source>
        <translation>필요한 열이 있는 주가 %1주입니다. 최소 %2주가 필요합니다.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 full week(s) with spend and impressions; K needs at least %2.</source>
        <translation>광고비와 노출이 모두 있는 온전한 주가 %1주입니다. K를 추정하려면 최소 %2주가 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weekly spend varies too little (coefficient of variation under %1) to show saturation.</source>
        <translation>주간 광고비의 변동이 너무 작아(변동계수 %1 미만) 포화를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>impressions grow in step with spend: no saturation to estimate K from.</source>
        <translation>노출이 광고비에 정비례해 늘어납니다. K를 추정할 포화 구간이 없습니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>saturation is not clear enough: %1% of resampled weeks show none.</source>
        <translation>포화가 충분히 뚜렷하지 않습니다. 재표본 추출한 주의 %1%에서 포화가 나타나지 않습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the plan&apos;s funnel has a stage at 0, so its proportions cannot be kept.</source>
        <translation>플랜의 퍼널에 0인 단계가 있어 비율을 유지할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no spend or no impressions recorded.</source>
        <translation>기록된 광고비나 노출이 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no clicks or no impressions recorded.</source>
        <translation>기록된 클릭이나 노출이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more clicks than impressions recorded; check the export&apos;s columns.</source>
        <translation>기록된 클릭이 노출보다 많습니다. 내보내기 파일의 열을 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too few clicks to bound the click-through rate.</source>
        <translation>클릭이 너무 적어 클릭률의 범위를 정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>%1 orders recorded; at least %2 are needed.</source>
        <translation>기록된 주문이 %1건입니다. 최소 %2건이 필요합니다.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>more orders than clicks recorded (view-through orders?); the funnel cannot be calibrated.</source>
        <translation>기록된 주문이 클릭보다 많습니다(조회 기반 전환?). 퍼널을 보정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too few orders to bound the click-to-order rate.</source>
        <translation>주문이 너무 적어 클릭 대비 주문 전환율의 범위를 정할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no revenue recorded.</source>
        <translation>기록된 매출이 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/actuals/calibrationtarget.cpp" line="+26"/>
        <source>The plan has no scenarios.</source>
        <translation>플랜에 시나리오가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>플랜에 &quot;%1&quot; 시나리오가 없습니다. 플랜의 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/actuals/calibrator.cpp" line="+17"/>
        <source>The plan has no paid channel named &quot;%1&quot;.</source>
        <translation>플랜에 &quot;%1&quot; 유료 채널이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &quot;%1&quot; has no paid channel named &quot;%2&quot;; it is in %3 (choose with --scenario).</source>
        <translation>&quot;%1&quot; 시나리오에는 &quot;%2&quot; 유료 채널이 없습니다. 이 채널은 %3에 있습니다(--scenario로 선택하세요).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/exportjsoncommand.cpp" line="+21"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON file to write</source>
        <translation>저장할 JSON 파일</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1 (%2).</source>
        <translation>%1을(를) 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write the plan as JSON (MODEL.md section 9)</source>
        <translation>플랜을 JSON으로 저장(MODEL.md 9절)</translation>
    </message>
    <message>
        <location filename="../app/importjsoncommand.cpp" line="+22"/>
        <source>the JSON file to read</source>
        <translation>읽을 JSON 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/newcommand.cpp" line="+21"/>
        <source>the plan file to create</source>
        <translation>새로 만들 플랜 파일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; Funnelcast does not overwrite it.</source>
        <translation>%1이(가) 이미 있습니다. Funnelcast는 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create a plan file from plan JSON</source>
        <translation>플랜 JSON으로 플랜 파일 만들기</translation>
    </message>
    <message>
        <location filename="../app/newcommand.cpp" line="+5"/>
        <source>The embedded demo plan is missing from this build.</source>
        <translation>이 빌드에 내장 데모 플랜이 없습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>create an empty plan file, or one holding the demo plan</source>
        <translation>빈 플랜 파일 또는 데모 플랜이 담긴 플랜 파일 만들기</translation>
    </message>
    <message>
        <location filename="../app/forecastcommand.cpp" line="+78"/>
        <source>base and Monte Carlo forecast of a scenario (MODEL.md sections 2-6)</source>
        <translation>시나리오의 기준 예측과 몬테카를로 예측(MODEL.md 2~6절)</translation>
    </message>
    <message>
        <location filename="../app/optimizecommand.cpp" line="+166"/>
        <source>split the paid budget for the most orders, net revenue or profit; frontier, goal seek, save as a scenario (MODEL.md section 7)</source>
        <translation>주문, 순매출 또는 이익이 최대가 되도록 유료 채널 예산 배분. 효율 곡선, 목표 역산, 시나리오로 저장(MODEL.md 7절)</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="+85"/>
        <source>write the PDF report of a scenario (forecast, allocation, funnel, scenarios, optimizer, actuals, assumptions)</source>
        <translation>시나리오의 PDF 보고서 작성(예측, 배분, 퍼널, 시나리오, 최적화, 실적, 가정)</translation>
    </message>
    <message>
        <location filename="../app/scenariocommand.cpp" line="+88"/>
        <source>list, create, duplicate, rename or delete a plan&apos;s scenarios</source>
        <translation>플랜의 시나리오 목록 보기, 만들기, 복제, 이름 바꾸기, 삭제</translation>
    </message>
    <message>
        <location filename="../app/actualscommand.cpp" line="+10"/>
        <source>weekly sums of the imported actuals on the plan&apos;s Monday grid</source>
        <translation>가져온 실적을 플랜의 월요일 기준 주 단위로 합산</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+28"/>
        <source>estimate a channel&apos;s CPM, CTR, funnel rates, AOV and K from its actuals (MODEL.md section 8)</source>
        <translation>실적으로 채널의 CPM, CTR, 퍼널 전환율, 객단가, K 추정(MODEL.md 8절)</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="+43"/>
        <source>import an ad-platform export into the plan&apos;s actuals</source>
        <translation>광고 플랫폼 내보내기 파일을 플랜의 실적으로 가져오기</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <location filename="../core/actuals/csvrecordreader.cpp" line="+52"/>
        <source>%1 line %2: a row longer than 1 MB; this is not an ad-platform export.</source>
        <translation>%1 %2행: 1MB보다 긴 행이 있습니다. 광고 플랫폼 내보내기 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 line %2: a quoted cell that starts here is never closed.</source>
        <translation>%1 %2행: 여기서 시작한 따옴표 셀이 닫히지 않았습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 line %2: the file contains binary data, not text.</source>
        <translation>%1 %2행: 텍스트가 아닌 바이너리 데이터가 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>FieldInfo</name>
    <message>
        <location filename="../ui/document/fieldinfo.cpp" line="+22"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name unique within the scenario.</source>
        <translation>시나리오 안에서 겹치지 않는 이름입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform, e.g. instagram, tiktok_shop, naver. Known platforms come with default assumptions; any other name counts as an emerging platform.</source>
        <translation>플랫폼(예: instagram, tiktok_shop, naver). 알려진 플랫폼은 기본 가정값이 제공되며, 그 밖의 이름은 신규 플랫폼으로 취급합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>등급</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The creator&apos;s size class (nano, micro, mid, macro, mega). Descriptive only: it changes no number.</source>
        <translation>크리에이터 규모 등급(nano, micro, mid, macro, mega). 설명용이며 수치에는 영향이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation>광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total media spend on this channel over the whole campaign.</source>
        <translation>캠페인 전체 기간 동안 이 채널에 집행하는 총 광고비입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flighting</source>
        <translation>플라이팅(집행 일정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the spend is spread over the weeks: even, front-loaded, back-loaded, pulsed, or custom weights per week.</source>
        <translation>광고비를 주별로 배분하는 방식: 균등, 초반 집중, 후반 집중, 펄싱 또는 주별 사용자 지정 가중치.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum spend</source>
        <translation>최소 광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min spend</source>
        <translation>최소 광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The optimizer never proposes less than this for the channel.</source>
        <translation>최적화 시 이 채널에 이보다 적은 금액을 배정하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum spend</source>
        <translation>최대 광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max spend</source>
        <translation>최대 광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The optimizer never proposes more than this; leave empty for no limit.</source>
        <translation>최적화 시 이 채널에 이보다 많은 금액을 배정하지 않습니다. 제한이 없으면 비워 두세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>고정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A locked channel keeps its spend when the optimizer splits the budget.</source>
        <translation>고정된 채널은 최적화로 예산을 나눌 때도 광고비가 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1,000 impressions while the audience is far from saturated. Find it in the ad manager&apos;s reports or the platform&apos;s rate card.</source>
        <translation>타깃이 포화되기 전의 노출 1,000회당 비용입니다. 광고 관리자 리포트나 매체 단가표에서 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>타깃 규모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many distinct people the targeting can reach on this platform. Leave empty for no limit; with a limit, extra spend meets diminishing returns.</source>
        <translation>이 플랫폼에서 타기팅으로 도달할 수 있는 순 사용자 수입니다. 제한이 없으면 비워 두세요. 제한이 있으면 추가 광고비의 효율이 점점 떨어집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max weekly frequency</source>
        <translation>주간 최대 빈도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max freq./wk</source>
        <translation>주간 최대 빈도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a week one person can usefully see the ad before the audience is saturated. Leave empty for no limit.</source>
        <translation>타깃이 포화되기 전까지 한 사람이 일주일에 광고를 유효하게 볼 수 있는 횟수입니다. 제한이 없으면 비워 두세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>클릭률(CTR)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks per impression, e.g. 0.9% = 9 clicks per 1,000 impressions.</source>
        <translation>노출당 클릭 비율. 예: 0.9% = 노출 1,000회당 클릭 9회.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View rate</source>
        <translation>상품 조회율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product-page views per click: 100% when the click lands on the product, lower when it lands on a profile or a landing page first.</source>
        <translation>클릭당 상품 상세페이지 조회 비율. 클릭이 상품으로 바로 연결되면 100%, 프로필이나 랜딩 페이지를 먼저 거치면 더 낮습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add-to-cart rate</source>
        <translation>장바구니 담기율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart rate</source>
        <translation>장바구니율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of product-page views that add the product to the cart.</source>
        <translation>상품 상세페이지 조회 중 장바구니에 담는 비율입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase rate</source>
        <translation>구매 전환율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of add-to-carts that become orders (checkout completion).</source>
        <translation>장바구니 담기 중 주문으로 이어지는 비율(결제 완료율)입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value</source>
        <translation>객단가(평균 주문 금액)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AOV</source>
        <translation>객단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average value of one order, before refunds and fees.</source>
        <translation>환불과 수수료를 빼기 전 주문 1건의 평균 금액입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selling fee</source>
        <translation>판매 수수료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>수수료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s selling fee on in-app checkout (e.g. TikTok Shop); 0% when the sale happens on your own store.</source>
        <translation>앱 내 결제(예: TikTok Shop)에 붙는 플랫폼 판매 수수료입니다. 자사몰에서 판매되면 0%입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return rate</source>
        <translation>반품률</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of order value refunded after returns and cancellations.</source>
        <translation>반품과 취소로 환불되는 주문 금액의 비율입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carryover</source>
        <translation>이월 효과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of a week&apos;s orders that land a week later (and so on, shrinking): people who saw the ad and buy later.</source>
        <translation>한 주의 주문 중 다음 주로 넘어가는 비율(이후 주에도 점점 줄며 이어짐): 광고를 보고 나중에 구매하는 사람들입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers</source>
        <translation>팔로워</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers of the account.</source>
        <translation>계정의 팔로워 수입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach rate</source>
        <translation>도달률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of followers who see a typical post.</source>
        <translation>일반적인 게시물 하나를 보는 팔로워의 비율입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts (weeks)</source>
        <translation>게시 주차</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>게시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weeks of the campaign with a post, counted from 1 (e.g. 2, 4); a week may appear twice.</source>
        <translation>게시물이 올라가는 캠페인 주차(1부터 셈, 예: 2, 4). 같은 주를 두 번 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee per post</source>
        <translation>게시물당 비용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee/post</source>
        <translation>게시물당 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the creator is paid per post.</source>
        <translation>크리에이터에게 게시물 1건당 지급하는 금액입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>커미션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliate commission on gross revenue paid to the creator.</source>
        <translation>총매출에 대해 크리에이터에게 지급하는 제휴 커미션입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts per week</source>
        <translation>주간 게시 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts/wk</source>
        <translation>주간 게시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many posts the brand account publishes each week.</source>
        <translation>브랜드 계정이 매주 올리는 게시물 수입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per post</source>
        <translation>게시물당 제작비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost/post</source>
        <translation>게시물당 제작비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content production cost of one post.</source>
        <translation>게시물 1건의 콘텐츠 제작비입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paid-media budget the optimizer splits; empty = the sum of the channels&apos; spends.</source>
        <translation>최적화로 나눌 유료 채널 예산입니다. 비워 두면 채널 광고비의 합계를 씁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s currency, an ISO 4217 code such as KRW or USD.</source>
        <translation>플랜의 통화. KRW, USD 같은 ISO 4217 코드입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start week</source>
        <translation>시작 주</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Monday the campaign starts.</source>
        <translation>캠페인이 시작되는 월요일입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length (weeks)</source>
        <translation>기간(주)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks</source>
        <translation>주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many whole weeks the campaign runs (1 to 156).</source>
        <translation>캠페인이 진행되는 주 수(1~156)입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target population</source>
        <translation>전체 타깃 인구</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>타깃 인구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people the campaign could reach in total, for the reach figure. Empty = the sum of the channels&apos; audiences and followers.</source>
        <translation>도달 수치 계산에 쓰는, 캠페인이 도달할 수 있는 전체 인원입니다. 비워 두면 채널 타깃 규모와 팔로워 수의 합계를 씁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product margin</source>
        <translation>상품 마진율</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margin</source>
        <translation>마진율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin of the product: the share of net revenue left after the cost of goods. Used for profit.</source>
        <translation>상품의 매출총이익률: 순매출에서 상품 원가를 뺀 뒤 남는 비율입니다. 이익 계산에 쓰입니다.</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <location filename="../app/forecastcommand.cpp" line="-52"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no scenarios to forecast.</source>
        <translation>%1에 예측할 시나리오가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>플랜에 &quot;%1&quot; 시나리오가 없습니다. 플랜의 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forecast writes JSON only; add --json.</source>
        <translation>forecast는 JSON으로만 출력합니다. --json을 추가하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; in %2 has no paid channels, creators or organic streams to forecast.</source>
        <translation>%2의 시나리오 &quot;%1&quot;에는 예측할 유료 채널, 크리에이터, 오가닉 채널이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ForecastCsv</name>
    <message>
        <location filename="../ui/views/forecastcsv.cpp" line="+71"/>
        <location line="+4"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1을(를) 쓰지 못했습니다: %2.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../app/main.cpp" line="+30"/>
        <source>Funnelcast %1 - social-media campaign planner</source>
        <translation>Funnelcast %1 - 소셜 미디어 캠페인 플래너</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the desktop app (the demo plan if none given)</source>
        <translation>데스크톱 앱 열기(플랜을 지정하지 않으면 데모 플랜)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every command accepts --lang en|ko for its messages.</source>
        <translation>모든 명령은 메시지 언어를 정하는 --lang en|ko를 받습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 2 bad usage, 3 bad input.</source>
        <translation>종료 코드: 0 성공, 2 잘못된 사용법, 3 잘못된 입력.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not enough memory to finish the command.</source>
        <translation>메모리가 부족해 명령을 끝내지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="-22"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export file to import</source>
        <translation>가져올 내보내기 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import writes JSON only; add --json.</source>
        <translation>import는 JSON으로만 출력합니다. --json을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/document/issuetext.cpp" line="+24"/>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scenario “%1”</source>
        <translation>시나리오 “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1</source>
        <translation>항목 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../ui/i18n/languagemanager.cpp" line="+103"/>
        <source>The option --lang needs a value: %1.</source>
        <translation>--lang 옵션에는 값이 필요합니다: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown language &quot;%1&quot;; the supported languages are %2.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. 지원하는 언어는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>NewItemFactory</name>
    <message>
        <location filename="../ui/document/newitemfactory.cpp" line="+73"/>
        <source>New channel</source>
        <translation>새 채널</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New creator</source>
        <translation>새 크리에이터</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New organic stream</source>
        <translation>새 오가닉 채널</translation>
    </message>
</context>
<context>
    <name>Objective</name>
    <message>
        <location filename="../core/optimize/objective.cpp" line="+30"/>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 또는 %3</translation>
    </message>
</context>
<context>
    <name>OptimizeCommand</name>
    <message>
        <location filename="../app/optimizecommand.cpp" line="-96"/>
        <source>The target %1 is out of reach: the best profit is %2, at a budget of %3; spending more would lower it.</source>
        <translation>목표 %1은(는) 달성할 수 없습니다: 최대 이익은 예산 %3에서 %2이며, 더 쓰면 이익이 줄어듭니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target %1 is out of reach within the channels&apos; maximum spends: the best is %2, at a budget of %3.</source>
        <translation>목표 %1은(는) 채널 최대 광고비 안에서 달성할 수 없습니다: 최대치는 예산 %3에서 %2입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target %1 is out of reach: the value only approaches %2 as the budget grows without limit.</source>
        <translation>목표 %1은(는) 달성할 수 없습니다: 예산을 무한히 늘려도 값은 %2에 가까워질 뿐입니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 must be a number, not &quot;%2&quot;.</source>
        <translation>--%1은(는) 숫자여야 합니다. &quot;%2&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optimize writes JSON only; add --json.</source>
        <translation>optimize는 JSON으로만 출력합니다. --json을 추가하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown objective &quot;%1&quot;; use %2.</source>
        <translation>알 수 없는 목표 &quot;%1&quot;입니다. %2을(를) 쓰세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no scenarios to optimize.</source>
        <translation>%1에 최적화할 시나리오가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>플랜에 &quot;%1&quot; 시나리오가 없습니다. 플랜의 시나리오: %2.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44"/>
        <source>Could not open %1 (%2).</source>
        <translation>%1을(를) 열지 못했습니다(%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is read-only, so Funnelcast cannot save edits to it.</source>
        <translation>%1은(는) 읽기 전용이라 Funnelcast가 수정 내용을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../core/storage/statement.cpp" line="+16"/>
        <source>Could not read or write %1 (%2).</source>
        <translation>%1을(를) 읽거나 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/planfile.cpp" line="+37"/>
        <source>There is no %1 number %2 in the plan.</source>
        <translation>플랜에 %1 %2번이 없습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+444"/>
        <source>paid channel</source>
        <translation>유료 채널</translation>
    </message>
    <message>
        <location line="-434"/>
        <source>creator deal</source>
        <translation>크리에이터 계약</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organic stream</source>
        <translation>오가닉 채널</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <location line="+18"/>
        <location line="+256"/>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+68"/>
        <location line="+6"/>
        <source>scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+104"/>
        <location filename="../core/storage/safeopen.cpp" line="+92"/>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1은(는) 플랜 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+20"/>
        <source>%1 already exists; Funnelcast does not overwrite it.</source>
        <translation>%1이(가) 이미 있습니다. Funnelcast는 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+102"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1의 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Could not write %1.</source>
        <translation>%1을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+90"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Could not write %1 (%2).</source>
        <translation>%1을(를) 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1 needs upgrading, but its backup copy %2 could not be written.</source>
        <translation>%1을(를) 업그레이드해야 하지만 백업 사본 %2을(를) 쓰지 못했습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be upgraded from schema %2 (%3).</source>
        <translation>%1을(를) 스키마 %2에서 업그레이드하지 못했습니다(%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the folder %1 for untitled plans.</source>
        <translation>제목 없는 플랜을 둘 폴더 %1을(를) 만들지 못했습니다.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The change adds or removes scenarios or items; it was not saved.</source>
        <translation>이 변경은 시나리오나 항목을 추가하거나 삭제하므로 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../core/storage/planstore.cpp" line="+35"/>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a finite number</source>
        <translation>유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is damaged: it must hold exactly one plan header.</source>
        <translation>%1이(가) 손상되었습니다: 플랜 헤더가 정확히 하나 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between 1 and 156</source>
        <translation>1과 156 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>holds an item of unknown kind &quot;%1&quot;</source>
        <translation>알 수 없는 종류 &quot;%1&quot;의 항목이 있습니다</translation>
    </message>
    <message>
        <location filename="../core/storage/safeopen.cpp" line="-44"/>
        <source>%1 was left half-written by an interrupted edit, and it could not be repaired because its folder is not writable.</source>
        <translation>%1은(는) 편집이 중단되어 일부만 기록된 상태이며, 폴더에 쓸 수 없어 복구하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was left half-written by an interrupted edit and could not be repaired.</source>
        <translation>%1은(는) 편집이 중단되어 일부만 기록된 상태이며, 복구하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was left half-written by an interrupted edit and could not be repaired (%2).</source>
        <translation>%1은(는) 편집이 중단되어 일부만 기록된 상태이며, 복구하지 못했습니다(%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty, so it is not a Funnelcast plan.</source>
        <translation>%1이(가) 비어 있어 Funnelcast 플랜이 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Funnelcast plan: it is not a SQLite database at all.</source>
        <translation>%1은(는) Funnelcast 플랜이 아닙니다: SQLite 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is truncated: the file ends inside its own header.</source>
        <translation>%1이(가) 잘려 있습니다: 파일이 자체 헤더 중간에서 끝납니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged: its SQLite header is invalid.</source>
        <translation>%1이(가) 손상되었습니다: SQLite 헤더가 올바르지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is truncated: the file is shorter than its header says, so part of the plan is missing.</source>
        <translation>%1이(가) 잘려 있습니다: 파일이 헤더에 적힌 크기보다 짧아 플랜 일부가 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Funnelcast plan: it is a SQLite database of another application.</source>
        <translation>%1은(는) Funnelcast 플랜이 아닙니다: 다른 애플리케이션의 SQLite 데이터베이스입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer Funnelcast (schema %2); this version reads schema %3 and older.</source>
        <translation>%1은(는) 더 새로운 Funnelcast(스키마 %2)로 만들어졌습니다. 이 버전은 스키마 %3 이하를 읽습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: its schema version %2 is invalid.</source>
        <translation>%1이(가) 손상되었습니다: 스키마 버전 %2이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses SQLite&apos;s write-ahead log, which Funnelcast plans never do; it was changed by another program.</source>
        <translation>%1은(는) Funnelcast 플랜이 쓰지 않는 SQLite WAL(write-ahead log)을 사용합니다. 다른 프로그램이 파일을 변경했습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is damaged: SQLite&apos;s integrity check found errors.</source>
        <translation>%1이(가) 손상되었습니다: SQLite 무결성 검사에서 오류가 발견되었습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>view</source>
        <translation>뷰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains a %2 (&quot;%3&quot;), which Funnelcast plans never have; it was added by another program, so the file is not opened.</source>
        <translation>%1에 Funnelcast 플랜에는 없는 %2(&quot;%3&quot;)이(가) 있습니다. 다른 프로그램이 추가한 것이므로 파일을 열지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 contains a virtual table (&quot;%2&quot;), which Funnelcast plans never have; it was added by another program, so the file is not opened.</source>
        <translation>%1에 Funnelcast 플랜에는 없는 가상 테이블(&quot;%2&quot;)이 있습니다. 다른 프로그램이 추가한 것이므로 파일을 열지 않습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid Funnelcast plan: the table &quot;%2&quot; has no column &quot;%3&quot;.</source>
        <translation>%1은(는) 올바른 Funnelcast 플랜이 아닙니다: &quot;%2&quot; 테이블에 &quot;%3&quot; 열이 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a valid Funnelcast plan: the table &quot;%2&quot; is missing.</source>
        <translation>%1은(는) 올바른 Funnelcast 플랜이 아닙니다: &quot;%2&quot; 테이블이 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is damaged: it holds channels that belong to no scenario.</source>
        <translation>%1이(가) 손상되었습니다: 어느 시나리오에도 속하지 않는 채널이 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1이(가) 손상되어 읽을 수 없습니다(%2).</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/io/jsonfieldreader.cpp" line="+54"/>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a finite number</source>
        <translation>유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/io/planjson.cpp" line="+193"/>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number or an object with low, base and high</source>
        <translation>숫자이거나 low, base, high를 가진 객체여야 합니다</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>must be a string</source>
        <translation>문자열이어야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true or false</source>
        <translation>true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>must be a list</source>
        <translation>목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../core/io/planjson.cpp" line="-98"/>
        <source>must be even, front, back, pulse or custom</source>
        <translation>even, front, back, pulse, custom 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>is &quot;%1&quot;, not &quot;funnelcast-plan&quot;, so this is not a Funnelcast plan</source>
        <translation>값이 &quot;funnelcast-plan&quot;이 아니라 &quot;%1&quot;이므로 Funnelcast 플랜이 아닙니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is %1: the plan was written by a newer Funnelcast; this version reads version %2</source>
        <translation>값이 %1입니다. 더 새로운 Funnelcast로 작성된 플랜이며, 이 버전은 %2 버전을 읽습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>%1이어야 합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다(&quot;%1&quot;은(는) 사용할 수 없음)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>line %1, column %2</source>
        <translation>%1행 %2열</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the JSON must be an object with &quot;format&quot;: &quot;funnelcast-plan&quot;, not a list or a single value</source>
        <translation>JSON은 &quot;format&quot;: &quot;funnelcast-plan&quot;을 가진 객체여야 합니다. 목록이나 단일 값은 안 됩니다</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>the file is %1 MB, larger than the 64 MB a plan JSON may have</source>
        <translation>파일 크기가 %1MB로, 플랜 JSON 허용 크기 64MB보다 큽니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty, where a Funnelcast plan JSON was expected</source>
        <translation>Funnelcast 플랜 JSON이 있어야 할 파일이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a byte-order mark (U+FEFF) stands inside the text, where JSON allows it only as the escape \ufeff</source>
        <translation>텍스트 안에 바이트 순서 표시(U+FEFF)가 있습니다. JSON에서는 \ufeff 이스케이프로만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the JSON is not valid (%1)</source>
        <translation>올바른 JSON이 아닙니다(%1)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <location filename="../core/model/planvalidator.cpp" line="+47"/>
        <location line="+9"/>
        <source>must not be empty</source>
        <translation>비어 있으면 안 됩니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a lowercase identifier (letters a-z, digits and underscores), such as tiktok_shop</source>
        <translation>tiktok_shop처럼 소문자 식별자(영문 소문자 a-z, 숫자, 밑줄)여야 합니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>must be a finite number</source>
        <translation>유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+32"/>
        <source>must not be negative</source>
        <translation>음수일 수 없습니다</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>must be greater than 0</source>
        <translation>0보다 커야 합니다</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+6"/>
        <location line="+231"/>
        <source>must be between 0 and 1</source>
        <translation>0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>must be less than 1</source>
        <translation>1보다 작아야 합니다</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a custom flighting needs exactly one weight per week (%1), not %2</source>
        <translation>사용자 지정 플라이팅에는 주마다 가중치가 정확히 하나씩(%1개) 있어야 합니다. 지금은 %2개입니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not all be 0</source>
        <translation>모두 0일 수는 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be between 1 and 156</source>
        <translation>1과 156 사이여야 합니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is used twice; names must be unique within a scenario</source>
        <translation>&quot;%1&quot;이(가) 두 번 쓰였습니다. 이름은 시나리오 안에서 겹치면 안 됩니다</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must not be greater than base</source>
        <translation>기준값보다 클 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be less than base</source>
        <translation>기준값보다 작을 수 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be greater than 0 when low, base and high differ</source>
        <translation>낮음, 기준, 높음 값이 다르면 0보다 커야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be less than 1 when low, base and high differ</source>
        <translation>낮음, 기준, 높음 값이 다르면 1보다 작아야 합니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must not be less than min_spend</source>
        <translation>min_spend보다 작을 수 없습니다</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be one of nano, micro, mid, macro or mega</source>
        <translation>nano, micro, mid, macro, mega 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a week index between 0 and %1 (weeks count from 0)</source>
        <translation>0부터 %1 사이의 주 인덱스여야 합니다(주는 0부터 셈)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be a three-letter uppercase ISO 4217 code such as KRW or USD</source>
        <translation>KRW, USD 같은 대문자 세 글자 ISO 4217 코드여야 합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a valid date (YYYY-MM-DD)</source>
        <translation>올바른 날짜(YYYY-MM-DD)여야 합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a Monday</source>
        <translation>월요일이어야 합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must hold at least one scenario</source>
        <translation>시나리오가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is used twice; scenario names must be unique</source>
        <translation>&quot;%1&quot;이(가) 두 번 쓰였습니다. 시나리오 이름은 겹치면 안 됩니다</translation>
    </message>
</context>
<context>
    <name>PlatformDefaults</name>
    <message>
        <location filename="../core/io/platformdefaults.cpp" line="+40"/>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a non-empty text naming the source</source>
        <translation>출처를 밝히는 비어 있지 않은 텍스트여야 합니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must give at least one currency</source>
        <translation>통화를 하나 이상 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the platform defaults are not a valid JSON object (%1)</source>
        <translation>플랫폼 기본값이 올바른 JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;funnelcast-platform-defaults&quot;</source>
        <translation>&quot;funnelcast-platform-defaults&quot;여야 합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1</source>
        <translation>1이어야 합니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is not a tier (nano, micro, mid, macro or mega)</source>
        <translation>등급(nano, micro, mid, macro, mega)이 아닙니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the built-in platform defaults (:/platforms.json) are missing from this build</source>
        <translation>이 빌드에 내장 플랫폼 기본값(:/platforms.json)이 없습니다</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report/reportbuilder.cpp" line="+30"/>
        <source>%1: forecast report</source>
        <translation>%1: 예측 보고서</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario %1, %2 to %3</source>
        <translation>시나리오 %1, %2 ~ %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funnelcast forecast report, %1</source>
        <translation>Funnelcast 예측 보고서, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2쪽</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+7"/>
        <location line="+255"/>
        <location line="+71"/>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+257"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location line="-319"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-216"/>
        <source>Creator</source>
        <translation>크리에이터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic</source>
        <translation>오가닉</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid media</source>
        <translation>유료 미디어</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>타깃 규모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-through rate</source>
        <translation>클릭률(CTR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product views per click</source>
        <translation>클릭당 상품 조회율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-to-cart rate</source>
        <translation>장바구니 담기율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase rate</source>
        <translation>구매 전환율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value</source>
        <translation>객단가(평균 주문 금액)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform selling fee</source>
        <translation>플랫폼 판매 수수료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>반품률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carryover</source>
        <translation>이월 효과</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+2"/>
        <location line="+20"/>
        <source>Followers</source>
        <translation>팔로워</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach per post</source>
        <translation>게시물당 도달률</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-18"/>
        <source>Fee per post</source>
        <translation>게시물당 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>커미션</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+20"/>
        <source>Cost per post</source>
        <translation>게시물당 제작비</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>orders</source>
        <translation>주문 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>net revenue</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaign forecast report</source>
        <translation>캠페인 예측 보고서</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+28"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign period</source>
        <translation>캠페인 기간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 weeks</source>
        <translation>%1주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+111"/>
        <source>Paid-media budget</source>
        <translation>유료 미디어 예산</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target population</source>
        <translation>전체 타깃 인구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product gross margin</source>
        <translation>상품 매출총이익률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Figures are forecasts from the plan&apos;s assumptions, not guarantees. Ranges are the 10th to 90th percentile of %1 simulated outcomes.</source>
        <translation>수치는 계획의 가정에 따른 예측이며 보장된 결과가 아닙니다. 범위는 시뮬레이션 %1회 결과의 10번째~90번째 백분위수입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared with Funnelcast %1</source>
        <translation>작성 도구: Funnelcast %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Figures are forecasts from the plan&apos;s assumptions at their base values, not guarantees.</source>
        <translation>수치는 계획 가정의 기준값에 따른 예측이며 보장된 결과가 아닙니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Executive summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over %1 weeks from %2, a total cost of %3 is expected to bring %4 orders (80% range %5) and %6 of net revenue.</source>
        <translation>%2부터 %1주 동안 총비용 %3 기준으로 주문 %4건(80% 범위 %5)과 순매출 %6이 예상됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the product margin of %1, profit is %2, between %3 and %4 in eight of ten simulated outcomes.</source>
        <translation>상품 매출총이익률(%1)을 반영한 이익은 %2이며, 시뮬레이션 10회 중 8회는 %3에서 %4 사이입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every unit of cost returns %1 of gross revenue, and an order costs %2 on average.</source>
        <translation>비용 대비 총매출(ROAS)은 %1이고, 주문 1건당 평균 비용은 %2입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 brings the most orders: %2, or %3 of the total.</source>
        <translation>주문이 가장 많은 채널은 %1(%2건, 전체의 %3)입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of these orders arrive after the last week, carried over from the campaign&apos;s final weeks.</source>
        <translation>이 중 %1건은 캠페인 막바지 주의 이월 효과로 마지막 주 이후에 발생합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+47"/>
        <source>Total cost</source>
        <translation>총비용</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>paid media %1</source>
        <translation>유료 미디어 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <location line="+52"/>
        <location line="+62"/>
        <location line="+33"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-157"/>
        <location line="+20"/>
        <location line="+29"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+55"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-48"/>
        <location line="+20"/>
        <location line="+30"/>
        <source>Net revenue</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+1"/>
        <source>Profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <location line="+50"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+1"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+55"/>
        <location line="+48"/>
        <source>Cost per order</source>
        <translation>CPA(주문당 비용)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Large figures are the base forecast (every input at its base value); the small line under each is its P10 – P90 range.</source>
        <translation>큰 숫자는 모든 입력을 기준값으로 둔 기준 예측이며, 아래 작은 숫자는 P10 – P90 범위입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures</source>
        <translation>주요 지표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+229"/>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paid-media spend</source>
        <translation>유료 미디어 집행액</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Impressions</source>
        <translation>노출 수</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Reach (people)</source>
        <translation>도달 (명)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Clicks</source>
        <translation>클릭 수</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+115"/>
        <source>Gross revenue</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Key figures (continued)</source>
        <translation>주요 지표 (계속)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget allocation</source>
        <translation>예산 배분</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The total cost is %1: %2 of paid media against a budget of %3.</source>
        <translation>총비용은 %1이며, 이 중 유료 미디어 집행액은 예산 %3 대비 %2입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creator fees add %1.</source>
        <translation>크리에이터 비용 %1이 더해집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic content production adds %1.</source>
        <translation>오가닉 콘텐츠 제작비 %1이 더해집니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+93"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-186"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-97"/>
        <location line="+20"/>
        <location line="+29"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+65"/>
        <location line="+34"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+74"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Budget allocation (continued)</source>
        <translation>예산 배분 (계속)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders, cost per order and ROAS at base values; ROAS is gross revenue per unit of cost.</source>
        <translation>주문 수, 주문당 비용, ROAS는 기준값이며, ROAS는 비용 대비 총매출입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly forecast</source>
        <translation>주간 예측</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders peak in week %1 (from %2) at %3. The shaded band is the range in which eight of ten simulated outcomes fall.</source>
        <translation>주문은 %1주차(%2 시작)에 %3건으로 가장 많습니다. 음영 구간은 시뮬레이션 10회 중 8회가 들어가는 범위입니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders per week</source>
        <translation>주간 주문 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starting</source>
        <translation>시작 주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base forecast</source>
        <translation>기준 예측</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P10 – P90</source>
        <translation>P10 – P90 범위</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+128"/>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid spend</source>
        <translation>유료 집행액</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-200"/>
        <source>Orders P10 – P90</source>
        <translation>주문 수 P10 – P90</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weekly forecast (continued)</source>
        <translation>주간 예측 (계속)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly orders are realised orders: carryover moves part of each week&apos;s orders into later weeks, so the weeks add up to fewer than the campaign total. The weekly range scales the base weeks by the campaign total&apos;s P10 and P90.</source>
        <translation>주간 주문 수는 실현된 주문 기준입니다. 이월 효과로 각 주 주문의 일부가 이후 주로 넘어가므로 주간 합계는 캠페인 전체 주문보다 적습니다. 주간 범위는 주간 기준값에 캠페인 합계의 P10, P90 비율을 적용한 것입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnel by channel</source>
        <translation>채널별 퍼널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each channel turns impressions into orders at base values, with the conversion from one stage to the next.</source>
        <translation>채널별로 노출이 주문으로 이어지는 과정(기준값)과 단계별 전환율입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product views</source>
        <translation>상품 조회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-to-carts</source>
        <translation>장바구니 담기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to order</source>
        <translation>클릭 대비 주문</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Funnel by channel (continued)</source>
        <translation>채널별 퍼널 (계속)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders by channel</source>
        <translation>채널별 주문 수</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+30"/>
        <source>P10 – P90 range</source>
        <translation>P10 – P90 범위</translation>
    </message>
    <message>
        <location filename="../ui/report/reportdatacollector.cpp" line="+134"/>
        <source>The plan has no scenario to report on.</source>
        <translation>플랜에 보고할 시나리오가 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown scenario &quot;%1&quot;; the plan has: %2.</source>
        <translation>알 수 없는 시나리오 &quot;%1&quot;입니다. 플랜에 있는 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenario &quot;%1&quot; has no channels, creators or organic streams to report on.</source>
        <translation>시나리오 &quot;%1&quot;에는 보고할 채널, 크리에이터, 오가닉 채널이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpdfwriter.cpp" line="+82"/>
        <source>The report could not be drawn.</source>
        <translation>보고서를 그리지 못했습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No output file given; use --pdf OUT.pdf.</source>
        <translation>출력 파일이 없습니다. --pdf OUT.pdf를 지정하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the report %1: the folder %2 does not exist.</source>
        <translation>보고서 %1을(를) 쓸 수 없습니다: 폴더 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the report %1: the folder %2 is not writable.</source>
        <translation>보고서 %1을(를) 쓸 수 없습니다: 폴더 %2에 쓸 권한이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the report %1: it is a folder.</source>
        <translation>보고서 %1을(를) 쓸 수 없습니다: 폴더입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the report %1: the file exists and is read-only.</source>
        <translation>보고서 %1을(를) 쓸 수 없습니다: 파일이 이미 있고 읽기 전용입니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Cannot write the report %1: %2.</source>
        <translation>보고서 %1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportbuildersections.cpp" line="-95"/>
        <source>Creators and organic posting</source>
        <translation>크리에이터 및 오가닉 게시</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Creator deals</source>
        <translation>크리에이터 협업</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+24"/>
        <source>Organic posting</source>
        <translation>오가닉 게시</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Posts in weeks</source>
        <translation>게시 주차</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creator deals (continued)</source>
        <translation>크리에이터 협업 (계속)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks are counted from 1. Net revenue is after returns and the creator&apos;s commission.</source>
        <translation>주차는 1부터 셉니다. 순매출은 반품과 크리에이터 커미션을 뺀 금액입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream</source>
        <translation>계정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts per week</source>
        <translation>주간 게시 수</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organic posting (continued)</source>
        <translation>오가닉 게시 (계속)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario comparison</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan has %1 scenarios, forecast with the same simulations. %2 has the highest expected profit, %3.</source>
        <translation>이 계획에는 시나리오 %1개가 있으며 모두 같은 시뮬레이션으로 예측했습니다. 예상 이익이 가장 큰 시나리오는 %2(%3)입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>◆ marks the scenario this report describes.</source>
        <translation>◆ 표시는 이 보고서가 다루는 시나리오입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit by scenario</source>
        <translation>시나리오별 이익</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Optimizer proposal</source>
        <translation>최적화 제안</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Splitting the paid-media budget of %1 to maximise %2 at base values moves spend between channels as below. The scenario&apos;s %2 goes from %3 to %4 (%5).</source>
        <translation>유료 미디어 예산 %1을 %2 극대화(기준값)를 목표로 배분하면 채널별 집행액이 아래와 같이 바뀝니다. 시나리오 전체 %2: %3 → %4 (%5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current spend</source>
        <translation>현재 광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed spend</source>
        <translation>제안 광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal value</source>
        <translation>한계 가치</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>locked</source>
        <translation>고정</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Marginal value: extra orders per %1 more spend on the channel at the proposed spend.</source>
        <translation>한계 가치: 제안 집행액에서 해당 채널에 %1을 더 쓸 때 늘어나는 주문 수.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marginal value: extra %1 per unit of extra spend on the channel at the proposed spend.</source>
        <translation>한계 가치: 제안 집행액에서 해당 채널에 비용 1단위를 더 쓸 때 늘어나는 %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current and proposed spend</source>
        <translation>현재 및 제안 집행액</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What more or less budget would buy</source>
        <translation>예산 증감에 따른 효과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best %1 the optimizer finds at each budget from a quarter to twice the current one. Each step up buys less than the one before: the channels saturate.</source>
        <translation>예산을 현재의 25%에서 200%까지 바꿀 때 최적화로 얻을 수 있는 최선의 %1입니다. 채널이 포화되므로 예산을 늘릴수록 추가 효과는 줄어듭니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Optimal %1</source>
        <translation>최적 %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>current budget</source>
        <translation>현재 예산</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of budget</source>
        <translation>예산 비율</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not feasible</source>
        <translation>불가능</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget frontier (continued)</source>
        <translation>예산 프런티어 (계속)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan against actuals</source>
        <translation>계획 대비 실적</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Through week %1, the channels with imported actuals spent %2 against %3 planned (%4 of plan) and brought %5 orders against %6 forecast (%7).</source>
        <translation>%1주차까지 실적이 있는 채널의 집행액은 계획 %3 대비 %2(계획의 %4), 주문은 예측 %6건 대비 %5건(%7)입니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cumulative spend</source>
        <translation>누적 집행액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cumulative orders</source>
        <translation>누적 주문 수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned spend</source>
        <translation>계획 집행액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual spend</source>
        <translation>실제 집행액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pacing</source>
        <translation>집행률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast orders</source>
        <translation>예측 주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual orders</source>
        <translation>실제 주문</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan against actuals (continued)</source>
        <translation>계획 대비 실적 (계속)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned figures are the base forecast; pacing is actual spend as a share of planned spend.</source>
        <translation>계획 수치는 기준 예측이며, 집행률은 계획 집행액 대비 실제 집행액의 비율입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appendix: assumptions</source>
        <translation>부록: 가정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every input of the forecast. An uncertain input is given as low, base and high, read as its 10th, 50th and 90th percentile; a fixed input has the same value in all three.</source>
        <translation>예측에 쓰인 모든 입력값입니다. 불확실한 입력은 낮음·기준·높음으로 주어지며 각각 10번째, 50번째, 90번째 백분위수로 해석합니다. 고정 입력은 세 값이 같습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan input</source>
        <translation>계획 입력값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 default</source>
        <translation>%1 기본값</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumptions (continued)</source>
        <translation>가정 (계속)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources of the defaults</source>
        <translation>기본값의 출처</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 default: %2</source>
        <translation>%1 기본값: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base forecast evaluates every input at its base value. The ranges come from %1 Monte Carlo simulations (seed %2): each uncertain input is drawn once per simulation from a split lognormal (amounts) or split logit-normal (rates) distribution whose 10th, 50th and 90th percentiles are its low, base and high, and every statistic&apos;s P10, P50 and P90 are taken over the simulations. Paid impressions saturate at the audience times its weekly frequency; carryover moves part of a week&apos;s orders into later weeks.</source>
        <translation>기준 예측은 모든 입력을 기준값으로 계산합니다. 범위는 몬테카를로 시뮬레이션 %1회(시드 %2)에서 구합니다. 불확실한 입력은 시뮬레이션마다 한 번씩 분할 로그정규분포(금액) 또는 분할 로짓정규분포(비율)에서 추출되며, 이 분포의 10번째, 50번째, 90번째 백분위수는 입력의 낮음, 기준, 높음 값과 같습니다. 각 통계의 P10, P50, P90은 전체 시뮬레이션에서 구합니다. 유료 노출은 잠재고객 수와 주간 최대 빈도의 곱에서 포화되며, 이월 효과는 한 주 주문의 일부를 이후 주로 옮깁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost is paid-media spend plus creator fees and organic production. Net revenue is gross revenue after returns, platform selling fees and creator commissions. Profit is net revenue times the product gross margin, less cost. ROAS is gross revenue per unit of cost.</source>
        <translation>비용은 유료 미디어 집행액, 크리에이터 비용, 오가닉 제작비의 합입니다. 순매출은 총매출에서 반품, 플랫폼 판매 수수료, 크리에이터 커미션을 뺀 금액입니다. 이익은 순매출에 상품 매출총이익률을 곱한 뒤 비용을 뺀 값입니다. ROAS는 비용 대비 총매출입니다.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="-57"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs the output file: --pdf OUT.pdf.</source>
        <translation>report에는 출력 파일이 필요합니다: --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown --lang &quot;%1&quot;; use en or ko.</source>
        <translation>알 수 없는 --lang 값 &quot;%1&quot;입니다. en 또는 ko를 쓰세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown --page &quot;%1&quot;; use a4 or letter.</source>
        <translation>알 수 없는 --page 값 &quot;%1&quot;입니다. a4 또는 letter를 쓰세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown --optimize objective &quot;%1&quot;; use %2.</source>
        <translation>알 수 없는 --optimize 목표 &quot;%1&quot;입니다. %2을(를) 쓰세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/report/reportexport.cpp" line="+35"/>
        <location line="+15"/>
        <location line="+3"/>
        <source>Export PDF report</source>
        <translation>PDF 보고서 내보내기</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print preview: %1</source>
        <translation>인쇄 미리 보기: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <location filename="../app/scenariocommand.cpp" line="-52"/>
        <source>the plan file</source>
        <translation>플랜 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action (list, create, duplicate, rename or delete)</source>
        <translation>작업(list, create, duplicate, rename, delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario list writes JSON only; add --json.</source>
        <translation>scenario list는 JSON으로만 출력합니다. --json을 추가하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario name</source>
        <translation>시나리오 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario to duplicate</source>
        <translation>복제할 시나리오</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario to rename</source>
        <translation>이름을 바꿀 시나리오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new name</source>
        <translation>새 이름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown scenario action &quot;%1&quot;; use list, create, duplicate, rename or delete.</source>
        <translation>알 수 없는 시나리오 작업 &quot;%1&quot;입니다. list, create, duplicate, rename, delete 중 하나를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>ScenarioOps</name>
    <message>
        <location filename="../core/optimize/scenarioops.cpp" line="+25"/>
        <source>A scenario needs a name that is not empty.</source>
        <translation>시나리오 이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan already has a scenario named &quot;%1&quot;.</source>
        <translation>플랜에 &quot;%1&quot; 시나리오가 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has no scenario &quot;%1&quot;; it has no scenarios at all.</source>
        <translation>플랜에 &quot;%1&quot; 시나리오가 없습니다. 시나리오가 하나도 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>플랜에 &quot;%1&quot; 시나리오가 없습니다. 플랜의 시나리오: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no scenario number %1 to duplicate.</source>
        <translation>복제할 %1번 시나리오가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 copy</source>
        <translation>%1 사본</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The optimization result does not match scenario &quot;%1&quot;.</source>
        <translation>최적화 결과가 시나리오 &quot;%1&quot;과(와) 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no scenario number %1 to delete.</source>
        <translation>삭제할 %1번 시나리오가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; is the plan&apos;s only scenario; a plan keeps at least one.</source>
        <translation>시나리오 &quot;%1&quot;은(는) 플랜의 유일한 시나리오입니다. 플랜에는 시나리오가 하나 이상 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>TextSource</name>
    <message>
        <location filename="../core/actuals/textsource.cpp" line="+83"/>
        <location line="+111"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 GB; export a shorter date range or split the file.</source>
        <translation>%1이(가) 1GB보다 큽니다. 더 짧은 기간으로 내보내거나 파일을 나누세요.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a text export: it contains binary data.</source>
        <translation>%1은(는) 텍스트 내보내기 파일이 아닙니다: 바이너리 데이터가 들어 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not UTF-8 and this build of Funnelcast cannot decode CP949 (EUC-KR); save the export as UTF-8.</source>
        <translation>%1은(는) UTF-8이 아니며, 이 Funnelcast 빌드는 CP949(EUC-KR)를 해석할 수 없습니다. 내보내기 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: the text is neither UTF-8 nor CP949 (EUC-KR); save the export as UTF-8.</source>
        <translation>%1 %2행: 텍스트가 UTF-8도 CP949(EUC-KR)도 아닙니다. 내보내기 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 line %2: the text does not decode as %3; save the export as UTF-8.</source>
        <translation>%1 %2행: 텍스트를 %3(으)로 해석할 수 없습니다. 내보내기 파일을 UTF-8로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <location filename="../ui/models/valueformat.cpp" line="+134"/>
        <source>Type a number.</source>
        <translation>숫자를 입력하세요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is negative; type 0 or more.</source>
        <translation>“%1”은(는) 음수입니다. 0 이상을 입력하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is too large.</source>
        <translation>“%1”은(는) 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% is more than 100%; a rate is a percentage from 0 to 100.</source>
        <translation>%1%는 100%를 넘습니다. 비율은 0에서 100 사이의 백분율입니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type one number, or low / base / high separated by slashes.</source>
        <translation>숫자 하나를 입력하거나, 낮음 / 기준 / 높음을 슬래시로 구분해 입력하세요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low must not be above base, nor base above high (“%1”).</source>
        <translation>낮음은 기준보다, 기준은 높음보다 클 수 없습니다(“%1”).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a week number; type weeks from 1, e.g. 2, 4.</source>
        <translation>“%1”은(는) 주차 번호가 아닙니다. 1부터 시작하는 주차를 입력하세요(예: 2, 4).</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::AboutDialog</name>
    <message>
        <location filename="../ui/views/aboutdialog.cpp" line="+49"/>
        <source>&lt;h3&gt;Funnelcast %1&lt;/h3&gt;&lt;p&gt;Plan social-media campaigns: channels, creator deals and budgets, with forecasts that show their uncertainty. Plans stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelcast %1&lt;/h3&gt;&lt;p&gt;소셜 미디어 캠페인을 계획합니다: 채널, 크리에이터 계약, 예산을 불확실성까지 보여 주는 예측과 함께 다룹니다. 플랜은 이 컴퓨터에만 저장됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h4&gt;Built with&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (run time %2), used under the GNU Lesser General Public License version 3 (LGPL-3.0); Qt Charts under the GNU General Public License version 3.&lt;/li&gt;&lt;li&gt;SQLite %3, in the public domain.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;사용한 소프트웨어&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1(실행 환경 %2), GNU 약소 일반 공중 사용 허가서 버전 3(LGPL-3.0)에 따라 사용. Qt Charts는 GNU 일반 공중 사용 허가서 버전 3에 따름.&lt;/li&gt;&lt;li&gt;SQLite %3, 퍼블릭 도메인.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;Sources of the default assumptions&lt;/h4&gt;&lt;p&gt;New channels and creator deals start from published benchmarks; every default stays editable and shows its source in the editor.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;기본 가정값의 출처&lt;/h4&gt;&lt;p&gt;새 채널과 크리에이터 계약은 공개된 벤치마크 값으로 시작합니다. 모든 기본값은 수정할 수 있으며 편집기에 출처가 표시됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>About Funnelcast</source>
        <translation>Funnelcast 정보</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ActualsImportDialog</name>
    <message>
        <location filename="../ui/views/actualsimportdialog.cpp" line="+54"/>
        <source>Import Actuals</source>
        <translation>실적 가져오기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ad platform the file was exported from. Detected from the column names; choose another if the file fits several.</source>
        <translation>파일을 내보낸 광고 플랫폼입니다. 열 이름으로 감지하며, 여러 플랫폼에 들어맞는 파일이면 맞는 플랫폼을 직접 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan channel</source>
        <translation>플랜 채널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a channel…</source>
        <translation>채널 선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paid channel of the plan whose spend and orders these rows report.</source>
        <translation>이 행들의 광고비와 주문이 속하는 플랜의 유료 채널입니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>통화:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>행:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>채널(&amp;C):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the rows that can be read and leave out the ones with errors (an impossible date, text in a number column, a negative amount).</source>
        <translation>읽을 수 있는 행만 가져오고 오류가 있는 행(있을 수 없는 날짜, 숫자 열의 텍스트, 음수 금액)은 제외합니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import problem</source>
        <translation>가져오기 문제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First rows of the file</source>
        <translation>파일의 처음 몇 행</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign / ad</source>
        <translation>캠페인 / 광고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impressions</source>
        <translation>노출 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicks</source>
        <translation>클릭 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>가져오기 진행률</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows as they will be imported:</source>
        <translation>가져올 처음 몇 행:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naver</source>
        <translation>네이버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakao</source>
        <translation>카카오</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV</source>
        <translation>일반 CSV</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the file…</source>
        <translation>파일을 읽는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Detected: %1</source>
        <translation>감지됨: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected: %1. The columns also fit %2; choose the platform the file came from if that is wrong.</source>
        <translation>감지됨: %1. 열 구성이 %2에도 맞습니다. 잘못 감지되었다면 파일을 내보낸 플랫폼을 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as %1</source>
        <translation>%1(으)로 읽음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (named in the file)</source>
        <translation>%1 (파일에 표시됨)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the file names none: taken to be the plan&apos;s)</source>
        <translation>%1 (파일에 통화 표시가 없어 플랜의 통화로 간주)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s), of which %1 cannot be read</source>
        <translation>
            <numerusform>%n행, 그중 %1행은 읽을 수 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>&amp;Skip the %n row(s) with errors</source>
        <translation>
            <numerusform>오류가 있는 %n행 건너뛰기(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The first of them: %1</source>
        <translation>첫 번째 오류: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario on screen has no paid channel to attach actuals to; add one on the Paid channels tab first.</source>
        <translation>화면의 시나리오에 실적을 연결할 유료 채널이 없습니다. 먼저 유료 채널 탭에서 채널을 추가하세요.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Another import is still running; wait for it to finish.</source>
        <translation>다른 가져오기가 아직 진행 중입니다. 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the rows to the plan…</source>
        <translation>행을 플랜에 기록하는 중…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importing… %p%</source>
        <translation>가져오는 중… %p%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled; nothing was written to the plan.</source>
        <translation>가져오기를 취소했습니다. 플랜에는 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ActualsImportJob</name>
    <message>
        <location filename="../ui/document/actualsimportjob.cpp" line="+90"/>
        <source>Not enough memory to import %1.</source>
        <translation>%1을(를) 가져올 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ActualsPanel</name>
    <message>
        <location filename="../ui/views/actualspanel.cpp" line="+99"/>
        <location line="+324"/>
        <source>&amp;Apply to Channel</source>
        <translation>채널에 적용(&amp;A)</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cha&amp;nnel:</source>
        <translation>채널(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Actuals…</source>
        <translation>실적 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV export from Meta, Google Ads, TikTok, Naver or Kakao (Ctrl+I)</source>
        <translation>Meta, Google Ads, TikTok, 네이버, 카카오의 CSV 내보내기 파일 가져오기(Ctrl+I)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import what the ad platforms report to see how the campaign is pacing against the plan, and to calibrate the plan&apos;s assumptions from real results.</source>
        <translation>광고 플랫폼의 실적을 가져오면 캠페인이 플랜 대비 어떻게 집행되고 있는지 보고, 실제 결과로 플랜의 가정을 보정할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use File › Import Actuals… (Ctrl+I), or drop a CSV export from Meta, Google Ads, TikTok, Naver or Kakao on this window.</source>
        <translation>파일 › 실적 가져오기…(Ctrl+I)를 쓰거나, Meta, Google Ads, TikTok, 네이버, 카카오의 CSV 내보내기 파일을 이 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actuals yet</source>
        <translation>아직 실적이 없습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Actuals…</source>
        <translation>실적 가져오기…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan vs actual by week</source>
        <translation>주별 계획 대비 실적</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned spend</source>
        <translation>계획 집행액</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual spend</source>
        <translation>실제 집행액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend pacing</source>
        <translation>광고비 집행률</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned orders</source>
        <translation>계획 주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual orders</source>
        <translation>실제 주문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders pacing</source>
        <translation>주문 달성률</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend to date as a share of the spend planned to date</source>
        <translation>지금까지 계획된 광고비 대비 지금까지 집행한 광고비의 비율</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to date as a share of the orders forecast to date</source>
        <translation>지금까지 예측된 주문 대비 지금까지 발생한 주문의 비율</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed assumptions</source>
        <translation>제안 가정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assumption</source>
        <translation>가정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (low / base / high)</source>
        <translation>현재 (낮음 / 기준 / 높음)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed (low / base / high)</source>
        <translation>제안 (낮음 / 기준 / 높음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>산출 방법</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the channel&apos;s assumptions with the estimates that could be made (one step: Ctrl+Z restores them)</source>
        <translation>추정할 수 있었던 값으로 채널의 가정을 바꿉니다(한 번의 작업이므로 Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Week by week</source>
        <translation>주별(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;libration</source>
        <translation>보정(&amp;L)</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+31"/>
        <source>All channels</source>
        <translation>전체 채널</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (outside the plan)</source>
        <translation>%1 (플랜에 없음)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose one channel above to estimate its assumptions from its actuals.</source>
        <translation>위에서 채널을 하나 고르면 그 채널의 실적으로 가정을 추정합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimating from the actuals of “%1”…</source>
        <translation>“%1”의 실적으로 추정하는 중…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Apply to “%1”</source>
        <translation>“%1”에 적용(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>From %n week(s) with actuals (%1 of them complete). Ranges are the P10–P90 of a bootstrap over the weeks.</source>
        <translation>
            <numerusform>실적이 있는 %n주 기준(그중 완전한 주 %1주). 범위는 주 단위 부트스트랩의 P10–P90입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders ÷ clicks, spread over the funnel stages keeping the plan&apos;s proportions</source>
        <translation>주문 ÷ 클릭을 플랜의 비율대로 퍼널 단계에 나눔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Least squares on weekly spend and impressions; applied as audience = K ÷ max weekly frequency</source>
        <translation>주별 광고비와 노출에 최소제곱법 적용, 타깃 규모 = K ÷ 주간 최대 빈도로 반영</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least squares on weekly spend and impressions; applied as max weekly frequency = K ÷ audience</source>
        <translation>주별 광고비와 노출에 최소제곱법 적용, 주간 최대 빈도 = K ÷ 타깃 규모로 반영</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least squares on weekly spend and impressions; applied as audience = K at 1 impression per person a week</source>
        <translation>주별 광고비와 노출에 최소제곱법 적용, 1인당 주 1회 노출 기준으로 타깃 규모 = K로 반영</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted together with K: the price before saturation</source>
        <translation>K와 함께 추정: 포화 전 단가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend ÷ impressions × 1,000</source>
        <translation>광고비 ÷ 노출 × 1,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicks ÷ impressions</source>
        <translation>클릭 ÷ 노출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-order rate</source>
        <translation>클릭 대비 주문율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders ÷ clicks (applied through the three stages below)</source>
        <translation>주문 ÷ 클릭(아래 세 단계에 나눠 반영)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View rate</source>
        <translation>상품 조회율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cart rate</source>
        <translation>장바구니율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase rate</source>
        <translation>구매 전환율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV</source>
        <translation>객단가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue ÷ orders</source>
        <translation>매출 ÷ 주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly capacity K</source>
        <translation>주간 포화 한도 K</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unlimited</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not applied: the other funnel stages could not be estimated.</source>
        <translation>적용하지 않음: 다른 퍼널 단계를 추정하지 못했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not estimated</source>
        <translation>추정 불가</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Calibrate “%1” from actuals</source>
        <translation>실적으로 “%1” 보정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied to “%1”. Undo (Ctrl+Z) restores the previous assumptions.</source>
        <translation>“%1”에 적용했습니다. 실행 취소(Ctrl+Z)로 이전 가정을 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::AllocationDonut</name>
    <message>
        <location filename="../ui/charts/allocationdonut.cpp" line="+17"/>
        <source>Allocation chart</source>
        <translation>배분 차트</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2%)</source>
        <translation>%1(%2%)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::CurveMarksChart</name>
    <message>
        <location filename="../ui/charts/curvemarkschart.cpp" line="+24"/>
        <source>Current</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FlightingEditor</name>
    <message>
        <location filename="../ui/views/flightingeditor.cpp" line="+79"/>
        <source>Weekly weight</source>
        <translation>주별 가중치</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How the selected channel&apos;s spend is spread over the weeks: a pattern, or custom weights typed per week.</source>
        <translation>선택한 채널의 광고비를 주별로 배분하는 방식: 패턴 또는 주마다 입력한 사용자 지정 가중치.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flighting pattern of the selected channel</source>
        <translation>선택한 채널의 플라이팅 패턴</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Make Custom</source>
        <translation>사용자 지정으로 전환</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Turn the selected channel&apos;s pattern into weekly weights you can type; its weekly shares stay as they are.</source>
        <translation>선택한 채널의 패턴을 직접 입력할 수 있는 주별 가중치로 바꿉니다. 주별 비중은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Fill Down</source>
        <translation>아래로 채우기</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Copy the top selected week&apos;s weight to the selected weeks below it (Ctrl+D).</source>
        <translation>선택한 맨 위 주의 가중치를 그 아래 선택한 주에 복사합니다(Ctrl+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Spread Evenly</source>
        <translation>균등 배분</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Give the selected weeks equal weights with the same total, so they keep their share of the spend between them.</source>
        <translation>선택한 주에 합계가 같은 균등 가중치를 줍니다. 선택한 주 전체의 광고비 비중은 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy the selected weeks (Ctrl+C).</source>
        <translation>선택한 주를 복사합니다(Ctrl+C).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Paste numbers copied from a spreadsheet: one week per line, channels separated by tabs (Ctrl+V).</source>
        <translation>스프레드시트에서 복사한 숫자를 붙여넣습니다. 한 줄에 한 주, 채널은 탭으로 구분합니다(Ctrl+V).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set to 0</source>
        <translation>0으로 설정</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Weekly flighting of the paid channels</source>
        <translation>유료 채널의 주별 플라이팅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per week, one column per paid channel. Custom columns hold weights: a week&apos;s share of the spend is its weight divided by the sum of the column.</source>
        <translation>행은 주, 열은 유료 채널입니다. 사용자 지정 열에는 가중치가 들어가며, 한 주의 광고비 비중은 그 주의 가중치를 열 합계로 나눈 값입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom columns hold weekly weights (right); the grey figure is the week&apos;s share of the channel&apos;s spend, its weight divided by the column&apos;s sum. Paste a column of numbers from a spreadsheet with Ctrl+V.</source>
        <translation>사용자 지정 열에는 주별 가중치(오른쪽)가 들어갑니다. 회색 숫자는 채널 광고비 중 그 주의 비중으로, 가중치를 열 합계로 나눈 값입니다. 스프레드시트의 숫자 열은 Ctrl+V로 붙여넣으세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the flighting typed</source>
        <translation>입력한 플라이팅에 문제가 있습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about the flighting</source>
        <translation>플라이팅 안내</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>The plan is now %n week(s) long, and the custom weights follow it: weeks added at the end start at weight 0 (nothing spent until you type a weight), weeks cut off are dropped. Undo brings back the length and the weights before.</source>
        <translation>
            <numerusform>이제 플랜 기간은 %n주이며 사용자 지정 가중치도 이에 맞춰집니다. 끝에 추가된 주는 가중치 0으로 시작하고(가중치를 입력할 때까지 광고비 없음), 잘린 주는 삭제됩니다. 실행 취소하면 이전 기간과 가중치로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Flighting of “%1”:</source>
        <translation>“%1”의 플라이팅:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flighting:</source>
        <translation>플라이팅:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This scenario has no paid channels yet; add one above to plan its weeks.</source>
        <translation>이 시나리오에는 아직 유료 채널이 없습니다. 위에서 채널을 추가해 주별 계획을 세우세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This scenario has no paid channels yet</source>
        <translation>이 시나리오에는 아직 유료 채널이 없습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” follows the %2 pattern; click “Make Custom” to type your own weekly weights, starting from the pattern&apos;s shares.</source>
        <translation>“%1”은(는) %2 패턴을 따릅니다. 주별 가중치를 직접 입력하려면 “사용자 지정으로 전환”을 누르세요. 패턴의 비중에서 시작합니다.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FlightingModel</name>
    <message>
        <location filename="../ui/models/flightingmodel.cpp" line="+170"/>
        <source>Week %1 (%2)</source>
        <translation>%1주차 (%2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1, “%2”: weight %3, so %4 of the channel&apos;s spend (%5).</source>
        <translation>%1, “%2”: 가중치 %3, 채널 광고비의 %4(%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, “%2”: %3 of the spend (%4) from the %5 pattern. Make the column custom to type your own weights.</source>
        <translation>%1, “%2”: %5 패턴에 따라 광고비의 %3(%4). 가중치를 직접 입력하려면 열을 사용자 지정으로 전환하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight %1, %2 of the spend</source>
        <translation>가중치 %1, 광고비의 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the spend, %2 pattern</source>
        <translation>광고비의 %1, %2 패턴</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1, from %2</source>
        <translation>%1주차, %2 시작</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has custom weekly weights: a week&apos;s share of the spend is its weight divided by the sum of all the weeks&apos; weights.</source>
        <translation>“%1”은(는) 주별 사용자 지정 가중치를 씁니다. 한 주의 광고비 비중은 그 주의 가중치를 모든 주 가중치의 합으로 나눈 값입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” follows the %2 pattern; make it custom to type your own weekly weights.</source>
        <translation>“%1”은(는) %2 패턴을 따릅니다. 주별 가중치를 직접 입력하려면 사용자 지정으로 전환하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 flighting</source>
        <translation>%1, %2 플라이팅</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, “%2”: %3</source>
        <translation>%1, “%2”: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a number; type a weight of 0 or more, such as 1 or 2.5.</source>
        <translation>“%1”은(는) 숫자가 아닙니다. 1이나 2.5처럼 0 이상의 가중치를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is negative; a weight is 0 or more (0 spends nothing that week).</source>
        <translation>“%1”은(는) 음수입니다. 가중치는 0 이상입니다(0이면 그 주에는 광고비를 쓰지 않습니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is too large; weights only count relative to each other, so type smaller numbers such as 1 to 100.</source>
        <translation>“%1”은(는) 너무 큽니다. 가중치는 서로의 비율만 의미가 있으니 1~100 정도의 작은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, “%2”: at least one week needs a weight above zero, or the channel would spend nothing; type a weight above 0 in some week.</source>
        <translation>%1, “%2”: 적어도 한 주는 가중치가 0보다 커야 합니다. 그렇지 않으면 채널이 광고비를 전혀 쓰지 않습니다. 어느 한 주에 0보다 큰 가중치를 입력하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” follows a pattern; make its column custom to type weekly weights.</source>
        <translation>“%1”은(는) 패턴을 따릅니다. 주별 가중치를 입력하려면 열을 사용자 지정으로 전환하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the week %1 weight of “%2”</source>
        <translation>“%2”의 %1주차 가중치 변경</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the flighting of “%1” custom</source>
        <translation>“%1”의 플라이팅을 사용자 지정으로 전환</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the flighting of “%1” to %2</source>
        <translation>“%1”의 플라이팅을 %2(으)로 변경</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nothing to paste: copy numbers, one week per line, first.</source>
        <translation>붙여넣을 내용이 없습니다. 먼저 한 줄에 한 주씩 숫자를 복사하세요.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select the week and channel where the pasted numbers should start.</source>
        <translation>붙여넣을 숫자가 시작될 주와 채널을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The pasted numbers cover %n week(s), but the plan has only %1 from %2; paste higher up or make the plan longer in Plan setup.</source>
        <translation>
            <numerusform>붙여넣은 숫자는 %n주 분량이지만 플랜에는 %2부터 %1주만 있습니다. 더 위에서 붙여넣거나 플랜 탭에서 기간을 늘리세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The pasted numbers cover %n channel(s), but there are only %1 from “%2” on; paste further left.</source>
        <translation>
            <numerusform>붙여넣은 숫자는 채널 %n개 분량이지만 “%2”부터는 %1개뿐입니다. 더 왼쪽에서 붙여넣으세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Paste %n weekly weight(s)</source>
        <translation>
            <numerusform>주별 가중치 %n개 붙여넣기</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a week with a weight and the weeks below it to fill down.</source>
        <translation>아래로 채우려면 가중치가 있는 주와 그 아래 주들을 선택하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill down weekly weights</source>
        <translation>주별 가중치 아래로 채우기</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the weeks to spread evenly.</source>
        <translation>균등 배분할 주를 선택하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread weekly weights evenly</source>
        <translation>주별 가중치 균등 배분</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear weekly weights</source>
        <translation>주별 가중치 지우기</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ForecastPanel</name>
    <message>
        <location filename="../ui/views/forecastpanel.cpp" line="+53"/>
        <source>Media spend</source>
        <translation>광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid-media spend of the scenario.</source>
        <translation>시나리오의 유료 매체 광고비입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>총비용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media spend plus creator fees and content production.</source>
        <translation>광고비에 크리에이터 비용과 콘텐츠 제작비를 더한 금액입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>All orders the campaign causes, including those that land after its last week.</source>
        <translation>캠페인으로 발생하는 모든 주문(마지막 주 이후에 들어오는 주문 포함)입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders times average order value.</source>
        <translation>주문 수 × 객단가입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross revenue after returns, selling fees and creator commissions.</source>
        <translation>반품, 판매 수수료, 크리에이터 커미션을 뺀 매출입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross revenue per unit of total cost.</source>
        <translation>총비용 1단위당 총매출입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per order</source>
        <translation>CPA(주문당 비용)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total cost divided by orders.</source>
        <translation>총비용을 주문 수로 나눈 값입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net revenue times the product margin, minus total cost.</source>
        <translation>순매출 × 상품 마진율 − 총비용입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>도달</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distinct people reached, combined over all channels.</source>
        <translation>모든 채널을 합친 순 도달 인원입니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weekly orders</source>
        <translation>주간 주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly gross revenue</source>
        <translation>주간 총매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart shows</source>
        <translation>차트 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the weekly charts show</source>
        <translation>주별 차트에 표시할 값</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing ranges</source>
        <translation>범위 계산 중</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Forecast&lt;/b&gt;</source>
        <translation>&lt;b&gt;예측&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Funnel of</source>
        <translation>퍼널 대상</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel &amp;of:</source>
        <translation>퍼널 대상(&amp;O):</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Forecast charts</source>
        <translation>예측 차트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <translation>주별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>채널별</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funnel</source>
        <translation>퍼널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s weekly total: base line over the P10–P90 band</source>
        <translation>플랜의 주별 합계: P10–P90 범위 위의 기준선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weekly base forecast stacked by channel</source>
        <translation>채널별로 쌓은 주별 기준 예측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions to orders, with the conversion rate of each step</source>
        <translation>노출에서 주문까지, 단계별 전환율 포함</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This scenario</source>
        <translation>이 시나리오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare scenarios</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>computing P10–P90 ranges…</source>
        <translation>P10–P90 범위 계산 중…</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>No forecast: %1</source>
        <translation>예측 불가: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>P10–P90: %1 – %2</source>
        <translation>P10–P90: %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>range: computing…</source>
        <translation>범위: 계산 중…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>fixed by the plan</source>
        <translation>플랜에서 고정된 값</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no orders</source>
        <translation>주문 없음</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Gross revenue (%1)</source>
        <translation>총매출(%1)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Whole plan</source>
        <translation>플랜 전체</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (creator)</source>
        <translation>%1 (크리에이터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (organic)</source>
        <translation>%1 (오가닉)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Funnel of the whole plan (base forecast)</source>
        <translation>플랜 전체의 퍼널(기준 예측)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel of %1 (base forecast)</source>
        <translation>%1의 퍼널(기준 예측)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FrontierChart</name>
    <message>
        <location filename="../ui/charts/frontierchart.cpp" line="+16"/>
        <source>Efficient frontier chart</source>
        <translation>효율 곡선 차트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best value</source>
        <translation>최적 성과</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run the optimizer to see the frontier</source>
        <translation>최적화를 실행하면 효율 곡선이 표시됩니다</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FunnelChart</name>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="+33"/>
        <source>Funnel chart</source>
        <translation>퍼널 차트</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impressions</source>
        <translation>노출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product views</source>
        <translation>상품 조회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-to-carts</source>
        <translation>장바구니 담기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (%3 of the previous stage)</source>
        <translation>%1: %2 (이전 단계의 %3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>from previous stage</source>
        <translation>이전 단계 대비</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemColumn</name>
    <message>
        <location filename="../ui/models/itemcolumn.cpp" line="+73"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Even</source>
        <translation>균등</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front-loaded</source>
        <translation>초반 집중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-loaded</source>
        <translation>후반 집중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulsed</source>
        <translation>펄싱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose even, front-loaded, back-loaded, pulsed or custom.</source>
        <translation>균등, 초반 집중, 후반 집중, 펄싱, 사용자 지정 중에서 고르세요.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemDelegate</name>
    <message>
        <location filename="../ui/views/itemdelegate.cpp" line="+50"/>
        <source>base, or low / base / high</source>
        <translation>기준값, 또는 낮음 / 기준 / 높음</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemDetailPanel</name>
    <message>
        <location filename="../ui/views/itemdetailpanel.cpp" line="+51"/>
        <source>Low (P10)</source>
        <translation>낮음(P10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High (P90)</source>
        <translation>높음(P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pessimistic value: 1 in 10 chance of being lower. Leave low and high empty for a fixed value.</source>
        <translation>비관적인 값: 이보다 낮을 확률이 10%입니다. 고정값이면 낮음과 높음을 비워 두세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optimistic value: 1 in 10 chance of being higher.</source>
        <translation>낙관적인 값: 이보다 높을 확률이 10%입니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%)</source>
        <translation>%1(%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Even</source>
        <translation>균등</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front-loaded</source>
        <translation>초반 집중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-loaded</source>
        <translation>후반 집중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulsed</source>
        <translation>펄싱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekly Weights…</source>
        <translation>주별 가중치…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the week-by-week flighting of the paid channels, where custom weights are typed or pasted.</source>
        <translation>유료 채널의 주별 플라이팅을 엽니다. 여기서 사용자 지정 가중치를 입력하거나 붙여넣습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly weights</source>
        <translation>주별 가중치</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Problem with the value typed</source>
        <translation>입력한 값에 문제가 있습니다</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a row to see all its fields</source>
        <translation>행을 선택하면 모든 필드가 표시됩니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2):</source>
        <translation>%1(%2):</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Change %1 of “%2”</source>
        <translation>“%2”의 %1 변경</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/models/itemtablemodel.cpp" line="+93"/>
        <source>Type one number, or low / base / high for a range (10th, 50th and 90th percentile).</source>
        <translation>숫자 하나를 입력하거나, 범위는 낮음 / 기준 / 높음(10·50·90 백분위수)으로 입력하세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1”, %2: %3</source>
        <translation>“%1”, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 of “%2”</source>
        <translation>“%2”의 %1 변경</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemsPage</name>
    <message>
        <location filename="../ui/views/itemspage.cpp" line="+30"/>
        <source>paid channel</source>
        <translation>유료 채널</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creator deal</source>
        <translation>크리에이터 계약</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organic stream</source>
        <translation>오가닉 채널</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Table of %1s</source>
        <translation>%1 표</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected %1</source>
        <translation>선택한 %1 복제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected %1 (undo brings it back)</source>
        <translation>선택한 %1 삭제(실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a %1; the arrow prefills it from a platform&apos;s typical numbers</source>
        <translation>%1 추가. 화살표를 누르면 플랫폼의 일반적인 수치로 미리 채웁니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Details</source>
        <translation>상세(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly Flighting</source>
        <translation>주별 플라이팅(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each paid channel&apos;s spend is spread over the plan&apos;s weeks: patterns, or custom weights per week.</source>
        <translation>각 유료 채널의 광고비를 플랜 기간의 주별로 배분하는 방식: 패턴 또는 주별 사용자 지정 가중치.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Prefilled with typical %1 numbers. Source: %2</source>
        <translation>일반적인 %1 수치로 미리 채웠습니다. 출처: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1(사본)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/mainwindow.cpp" line="+58"/>
        <source>Funnelcast plans (*.fcplan)</source>
        <translation>Funnelcast 플랜 (*.fcplan)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undo History</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Plan</source>
        <translation>플랜(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid &amp;channels</source>
        <translation>유료 채널(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reators</source>
        <translation>크리에이터(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organic</source>
        <translation>오가닉(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Budget</source>
        <translation>예산(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Actuals</source>
        <translation>실적(&amp;A)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;열린 플랜&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>실행 취소 기록</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>&amp;New Plan</source>
        <translation>새 플랜(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty plan</source>
        <translation>빈 플랜으로 시작</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from &amp;Demo Plan</source>
        <translation>데모 플랜으로 새로 만들기(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a plan from the built-in example</source>
        <translation>내장 예제로 플랜 시작</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a plan file</source>
        <translation>플랜 파일 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the plan to a file of your choice and continue there</source>
        <translation>원하는 파일로 플랜을 복사하고 그 파일에서 계속 작업</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan as &amp;JSON…</source>
        <translation>플랜 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan in the JSON interchange format</source>
        <translation>플랜을 JSON 교환 형식으로 저장</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Actuals…</source>
        <translation>실적 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import what Meta, Google Ads, TikTok, Naver or Kakao reported (a CSV export)</source>
        <translation>Meta, Google Ads, TikTok, 네이버, 카카오의 실적 가져오기(CSV 내보내기 파일)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;PDF Report…</source>
        <translation>PDF 보고서(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast &amp;CSV…</source>
        <translation>예측 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Forecast CSV</source>
        <translation>예측 CSV 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Export the Forecast</source>
        <translation>예측을 내보내지 못했습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>인쇄 미리 보기(&amp;V)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Paid &amp;Channel</source>
        <translation>유료 채널 추가(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add C&amp;reator Deal</source>
        <translation>크리에이터 계약 추가(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Organic Stream</source>
        <translation>오가닉 채널 추가(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scenario</source>
        <translation>시나리오(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Scenario</source>
        <translation>시나리오 추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Scenario</source>
        <translation>시나리오 복제(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Scenario…</source>
        <translation>시나리오 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Scenario</source>
        <translation>시나리오 삭제(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo &amp;History</source>
        <translation>실행 취소 기록(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface language changes to %1 the next time Funnelcast starts.</source>
        <translation>다음에 Funnelcast를 시작할 때 인터페이스 언어가 %1(으)로 바뀝니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Funnelcast</source>
        <translation>Funnelcast 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could Not Save the Change</source>
        <translation>변경 내용을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Could Not Open the Plan</source>
        <translation>플랜을 열지 못했습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not enough memory to open %1.</source>
        <translation>메모리가 부족해 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could Not Open the Demo Plan</source>
        <translation>데모 플랜을 열지 못했습니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could Not Create a Plan</source>
        <translation>플랜을 만들지 못했습니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Plan</source>
        <translation>플랜 열기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Plan As</source>
        <translation>다른 이름으로 플랜 저장</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Save the Plan</source>
        <translation>플랜을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1</source>
        <translation>%1(으)로 저장됨</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Plan as JSON</source>
        <translation>플랜을 JSON으로 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan JSON (*.json)</source>
        <translation>플랜 JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Export</source>
        <translation>내보내지 못했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1을(를) 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 내보냄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Actuals</source>
        <translation>실적 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-platform exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>광고 플랫폼 내보내기 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n new row(s) into “%1”</source>
        <translation>
            <numerusform>“%1”에 새 행 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n row(s) were already in the plan</source>
        <translation>
            <numerusform> (%n개 행은 이미 플랜에 있음)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Funnelcast</source>
        <translation>Funnelcast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — Funnelcast</source>
        <translation>%1 — Funnelcast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet saved to a file of your own — every change is kept; use Save As to choose where the plan lives</source>
        <translation>아직 내 파일로 저장되지 않음 — 모든 변경 내용은 보관됩니다. 다른 이름으로 저장으로 플랜을 둘 위치를 정하세요</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recent plans</source>
        <translation>최근 플랜 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::MessageBar</name>
    <message>
        <location filename="../ui/views/messagebar.cpp" line="+28"/>
        <source>Why the last edit was refused</source>
        <translation>마지막 편집이 거부된 이유</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::OptimizerPanel</name>
    <message>
        <location filename="../ui/views/optimizerpanel.cpp" line="+78"/>
        <source>R&amp;un Optimizer</source>
        <translation>최적화 실행(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply as &amp;New Scenario</source>
        <translation>새 시나리오로 적용(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Bud&amp;get</source>
        <translation>필요 예산 찾기(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget to optimize</source>
        <translation>최적화할 예산</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target value</source>
        <translation>목표값</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+223"/>
        <source>Locked</source>
        <translation>고정</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Min spend</source>
        <translation>최소 광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max spend</source>
        <translation>최대 광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current spend</source>
        <translation>현재 광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed spend</source>
        <translation>제안 광고비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current value</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed value</source>
        <translation>제안 값</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objective:</source>
        <translation>목표:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget:</source>
        <translation>예산:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goal seek, target:</source>
        <translation>목표 역산, 목표값:</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed split</source>
        <translation>제안 배분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current split of %1</source>
        <translation>현재 %1 배분</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 now: %2. Proposed: %3 (%4%5).</source>
        <translation>현재 %1: %2. 제안: %3(%4%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lift %1%.</source>
        <translation>%1% 개선.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 optimized</source>
        <translation>%1 최적화</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply optimized allocation as “%1”</source>
        <translation>최적 배분을 “%1”(으)로 적용</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A budget of %1 reaches %2 %3 (best split: %4).</source>
        <translation>예산 %1(으)로 %3 %2에 도달합니다(최적 배분: %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is out of reach: the most this scenario can give is %3, at a budget of %4.</source>
        <translation>%2 %1은(는) 달성할 수 없습니다: 이 시나리오의 최대치는 예산 %4에서 %3입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is out of reach: more budget only approaches %3.</source>
        <translation>%2 %1은(는) 달성할 수 없습니다: 예산을 늘려도 %3에 가까워질 뿐입니다.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::PacingChart</name>
    <message>
        <location filename="../ui/charts/pacingchart.cpp" line="+58"/>
        <source>Pacing chart: cumulative planned and actual spend and orders</source>
        <translation>집행 추이 차트: 누적 계획·실제 광고비와 주문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend</source>
        <translation>계획 집행액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual spend</source>
        <translation>실제 집행액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned orders</source>
        <translation>계획 주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual orders</source>
        <translation>실제 주문</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week starting</source>
        <translation>시작 주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend to date</source>
        <translation>누적 광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to date</source>
        <translation>누적 주문</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::PlanDocument</name>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="+123"/>
        <source>The demo plan is missing from this build of Funnelcast.</source>
        <translation>이 Funnelcast 빌드에 데모 플랜이 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled plan</source>
        <translation>제목 없는 플랜</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A scenario needs a name.</source>
        <translation>시나리오에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a scenario called “%1”; choose another name.</source>
        <translation>“%1” 시나리오가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every %1 needs a name.</source>
        <translation>모든 %1에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario “%1” already has a %2 called “%3”; choose another name.</source>
        <translation>시나리오 “%1”에 “%3” %2이(가) 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paid channel</source>
        <translation>유료 채널</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creator deal</source>
        <translation>크리에이터 계약</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organic stream</source>
        <translation>오가닉 채널</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”, %2: the number is too large.</source>
        <translation>“%1”, %2: 숫자가 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenario “%1”, budget: the number is too large.</source>
        <translation>시나리오 “%1”, 예산: 숫자가 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan needs a name.</source>
        <translation>플랜에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target population: the number is too large.</source>
        <translation>전체 타깃 인구: 숫자가 너무 큽니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan needs at least one scenario.</source>
        <translation>플랜에는 시나리오가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Add “%1”</source>
        <translation>“%1” 추가</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete “%1”</source>
        <translation>“%1” 삭제</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Scenario “%1”, “%2”: its custom flighting spends nothing in the first %n week(s); give one of them a weight before shortening the plan.</source>
        <translation>
            <numerusform>시나리오 “%1”, “%2”: 사용자 지정 플라이팅이 처음 %n주 동안 광고비를 쓰지 않습니다. 플랜 기간을 줄이기 전에 그중 한 주에 가중치를 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A plan needs at least one scenario; add another before deleting this one.</source>
        <translation>플랜에는 시나리오가 하나 이상 있어야 합니다. 이 시나리오를 삭제하기 전에 다른 시나리오를 추가하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete scenario “%1”</source>
        <translation>시나리오 “%1” 삭제</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename scenario “%1” to “%2”</source>
        <translation>시나리오 “%1”의 이름을 “%2”(으)로 변경</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change the budget of “%1”</source>
        <translation>“%1”의 예산 변경</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait for the actuals import to finish (or cancel it) before saving a copy of the plan.</source>
        <translation>플랜의 사본을 저장하기 전에 실적 가져오기가 끝날 때까지 기다리거나 가져오기를 취소하세요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough memory to save the change.</source>
        <translation>메모리가 부족해 변경 내용을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::PlanSetupPage</name>
    <message>
        <location filename="../ui/views/plansetuppage.cpp" line="+46"/>
        <source>The plan&apos;s name, shown in the title bar and on reports.</source>
        <translation>제목 표시줄과 보고서에 표시되는 플랜 이름입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan name</source>
        <translation>플랜 이름</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> weeks</source>
        <translation>주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic: the channels&apos; audiences and followers</source>
        <translation>자동: 채널 타깃 규모와 팔로워 수의 합계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60%</source>
        <translation>예: 60%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sum of the channels&apos; spends</source>
        <translation>채널 광고비의 합계</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the value typed</source>
        <translation>입력한 값에 문제가 있습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan &amp;name:</source>
        <translation>플랜 이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>통화(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;week (Monday):</source>
        <translation>시작 주(월요일)(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>기간(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get population:</source>
        <translation>전체 타깃 인구(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product &amp;margin:</source>
        <translation>상품 마진율(&amp;M):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid-media bu&amp;dget:</source>
        <translation>유료 채널 예산(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;플랜&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&lt;b&gt;Scenario “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;시나리오 “%1”&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n paid channel(s) spending %1, %2 creator deal(s), %3 organic stream(s).</source>
        <translation>
            <numerusform>유료 채널 %n개 광고비 %1, 크리에이터 계약 %2건, 오가닉 채널 %3개.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The channels spend %1 more than the budget.</source>
        <translation>채널 광고비가 예산보다 %1 많습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the budget is not yet given to a channel.</source>
        <translation>예산 중 %1이(가) 아직 채널에 배정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The campaign starts on a Monday; %1 is a %2.</source>
        <translation>캠페인은 월요일에 시작합니다. %1은(는) %2입니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change %1</source>
        <translation>%1 변경</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Budget: %1</source>
        <translation>예산: %1</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ResponseCurveChart</name>
    <message>
        <location filename="../ui/charts/responsecurvechart.cpp" line="+18"/>
        <source>Response curve chart</source>
        <translation>반응 곡선 차트</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Spend</source>
        <translation>광고비</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Response of %1</source>
        <translation>%1의 반응 곡선</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ScenarioBar</name>
    <message>
        <location filename="../ui/views/scenariobar.cpp" line="+31"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an empty scenario</source>
        <translation>빈 시나리오 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this scenario to try changes on it</source>
        <translation>이 시나리오를 복사해 변경 사항을 시험해 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this scenario</source>
        <translation>이 시나리오의 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this scenario (undo brings it back)</source>
        <translation>이 시나리오 삭제(실행 취소로 되돌릴 수 있음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenar&amp;io:</source>
        <translation>시나리오(&amp;I):</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The scenario shown and edited; each scenario is a variant of the plan</source>
        <translation>표시하고 편집하는 시나리오입니다. 각 시나리오는 플랜의 한 가지 변형입니다</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add scenario “%1”</source>
        <translation>시나리오 “%1” 추가</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (copy)</source>
        <translation>%1(사본)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate scenario “%1”</source>
        <translation>시나리오 “%1” 복제</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename Scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ScenarioComparison</name>
    <message>
        <location filename="../ui/views/scenariocomparison.cpp" line="+45"/>
        <source>Scenario comparison</source>
        <translation>시나리오 비교</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base forecasts with their P10–P90 range once the draws are done; below each figure, the difference from the first scenario.</source>
        <translation>기준 예측이며, 시뮬레이션이 끝나면 P10–P90 범위도 표시합니다. 각 수치 아래는 첫 번째 시나리오와의 차이입니다.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Media spend</source>
        <translation>광고비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>총비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per order</source>
        <translation>CPA(주문당 비용)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach</source>
        <translation>도달</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Spend: %1</source>
        <translation>광고비: %1</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ScenarioWeeklyChart</name>
    <message>
        <location filename="../ui/charts/scenarioweeklychart.cpp" line="+20"/>
        <source>Weekly orders per scenario</source>
        <translation>시나리오별 주간 주문</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week starting</source>
        <translation>시작 주</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly orders</source>
        <translation>주간 주문</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::StackedWeeklyChart</name>
    <message>
        <location filename="../ui/charts/stackedweeklychart.cpp" line="+36"/>
        <source>Weekly forecast by channel</source>
        <translation>채널별 주간 예측</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week starting</source>
        <translation>시작 주</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, week of %2: %3</source>
        <translation>%1, %2 주: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Other (%1 channels)</source>
        <translation>기타 (채널 %1개)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::WeeklyBandChart</name>
    <message>
        <location filename="../ui/charts/weeklybandchart.cpp" line="+25"/>
        <source>Weekly forecast chart</source>
        <translation>주간 예측 차트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90 range</source>
        <translation>P10–P90 범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>기준</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week starting</source>
        <translation>시작 주</translation>
    </message>
</context>
</TS>
