<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActualsCommand</name>
    <message>
        <location filename="../app/actualscommand.cpp" line="+19"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>actuals writes JSON only; add --json.</source>
        <translation>actuals writes JSON only; add --json.</translation>
    </message>
</context>
<context>
    <name>ActualsImporter</name>
    <message>
        <location filename="../core/actuals/actualsimporter.cpp" line="+87"/>
        <source>%1 line %2: the header has no spend column (such as &quot;Cost&quot;, &quot;Amount spent (KRW)&quot; or &quot;비용&quot;).</source>
        <translation>%1 line %2: the header has no spend column (such as &quot;Cost&quot;, &quot;Amount spent (KRW)&quot; or &quot;비용&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 line %2: the header has no date column (such as &quot;Day&quot;, &quot;Reporting starts&quot; or &quot;일&quot;).</source>
        <translation>%1 line %2: the header has no date column (such as &quot;Day&quot;, &quot;Reporting starts&quot; or &quot;일&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 line %2: the header is not that of a %3 export; try --format auto.</source>
        <translation>%1 line %2: the header is not that of a %3 export; try --format auto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no header row with a date and a spend column in its first %2 rows; this does not look like an ad-platform export.</source>
        <translation>%1: no header row with a date and a spend column in its first %2 rows; this does not look like an ad-platform export.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The plan has no paid channel to attach actuals to; add one first.</source>
        <translation>The plan has no paid channel to attach actuals to; add one first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no paid channel named &quot;%1&quot;; its channels are: %2.</source>
        <translation>The plan has no paid channel named &quot;%1&quot;; its channels are: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No paid channel of the plan matches this %1 export; name one with --channel (the plan&apos;s channels: %2).</source>
        <translation>No paid channel of the plan matches this %1 export; name one with --channel (the plan&apos;s channels: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several channels could take this %1 export (%2); name one with --channel.</source>
        <translation>Several channels could take this %1 export (%2); name one with --channel.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+183"/>
        <source>Unknown format &quot;%1&quot;; use one of: auto, %2.</source>
        <translation>Unknown format &quot;%1&quot;; use one of: auto, %2.</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+197"/>
        <source>%1 line %2: the export is in %3 but the plan is in %4; export the report in the plan&apos;s currency.</source>
        <translation>%1 line %2: the export is in %3 but the plan is in %4; export the report in the plan&apos;s currency.</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+193"/>
        <source>%1 line %2: %3.</source>
        <translation>%1 line %2: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the export has a header (line %2) but no rows to import.</source>
        <translation>%1: the export has a header (line %2) but no rows to import.</translation>
    </message>
</context>
<context>
    <name>ActualsReport</name>
    <message>
        <location filename="../core/actuals/actualsreport.cpp" line="+45"/>
        <source>The plan has no channel named &quot;%1&quot;.</source>
        <translation>The plan has no channel named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ActualsRowParser</name>
    <message>
        <location filename="../core/actuals/actualsrowparser.cpp" line="+84"/>
        <source>column &quot;%1&quot; holds &quot;%2&quot;, which is not a number</source>
        <translation>column &quot;%1&quot; holds &quot;%2&quot;, which is not a number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>column &quot;%1&quot; holds a negative amount (%2)</source>
        <translation>column &quot;%1&quot; holds a negative amount (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the row has no date in column &quot;%1&quot;</source>
        <translation>the row has no date in column &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a valid date</source>
        <translation>&quot;%1&quot; in column &quot;%2&quot; is not a valid date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row covers %1 days (%2 to %3); export with a daily or weekly breakdown</source>
        <translation>the row covers %1 days (%2 to %3); export with a daily or weekly breakdown</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 line %2: the export is in %3 but the plan is in %4; export the report in the plan&apos;s currency.</source>
        <translation>%1 line %2: the export is in %3 but the plan is in %4; export the report in the plan&apos;s currency.</translation>
    </message>
</context>
<context>
    <name>ActualsStore</name>
    <message>
        <location filename="../core/actuals/actualsstore.cpp" line="+75"/>
        <location line="+54"/>
        <source>The plan file cannot store actuals (%1).</source>
        <translation>The plan file cannot store actuals (%1).</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+48"/>
        <source>The actuals could not be written to the plan file (%1).</source>
        <translation>The actuals could not be written to the plan file (%1).</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <location filename="../app/arguments.cpp" line="+34"/>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Missing argument: %1.</source>
        <translation>Missing argument: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>BudgetOptimizer</name>
    <message>
        <location filename="../core/optimize/budgetoptimizer.cpp" line="+79"/>
        <source>Scenario &quot;%1&quot; has no paid channels, so there is no budget to split.</source>
        <translation>Scenario &quot;%1&quot; has no paid channels, so there is no budget to split.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Channel &quot;%1&quot;: its minimum spend %2 is %3 above its maximum spend %4.</source>
        <translation>Channel &quot;%1&quot;: its minimum spend %2 is %3 above its maximum spend %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every paid channel of scenario &quot;%1&quot; is locked, so there is no spend to optimize.</source>
        <translation>Every paid channel of scenario &quot;%1&quot; is locked, so there is no spend to optimize.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The budget must be a finite number.</source>
        <translation>The budget must be a finite number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget %1 is %2 below zero; a budget cannot be negative.</source>
        <translation>The budget %1 is %2 below zero; a budget cannot be negative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The budget %1 is %2 below the channels&apos; locked and minimum spends (%3).</source>
        <translation>The budget %1 is %2 below the channels&apos; locked and minimum spends (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget %1 is %2 below the channels&apos; minimum spends (%3).</source>
        <translation>The budget %1 is %2 below the channels&apos; minimum spends (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The budget %1 is %2 above the channels&apos; locked and maximum spends (%3).</source>
        <translation>The budget %1 is %2 above the channels&apos; locked and maximum spends (%3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget %1 is %2 above the channels&apos; maximum spends (%3).</source>
        <translation>The budget %1 is %2 above the channels&apos; maximum spends (%3).</translation>
    </message>
</context>
<context>
    <name>CalibrateCommand</name>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+22"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrate writes JSON only; add --json.</source>
        <translation>calibrate writes JSON only; add --json.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrate needs --channel NAME.</source>
        <translation>calibrate needs --channel NAME.</translation>
    </message>
</context>
<context>
    <name>Calibrator</name>
    <message>
        <location filename="../core/actuals/calibrator.cpp" line="+99"/>
        <source>%1 week(s) with the needed columns; at least %2 are needed.</source>
        <translation>%1 week(s) with the needed columns; at least %2 are needed.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 full week(s) with spend and impressions; K needs at least %2.</source>
        <translation>%1 full week(s) with spend and impressions; K needs at least %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weekly spend varies too little (coefficient of variation under %1) to show saturation.</source>
        <translation>weekly spend varies too little (coefficient of variation under %1) to show saturation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>impressions grow in step with spend: no saturation to estimate K from.</source>
        <translation>impressions grow in step with spend: no saturation to estimate K from.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>saturation is not clear enough: %1% of resampled weeks show none.</source>
        <translation>saturation is not clear enough: %1% of resampled weeks show none.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the plan&apos;s funnel has a stage at 0, so its proportions cannot be kept.</source>
        <translation>the plan&apos;s funnel has a stage at 0, so its proportions cannot be kept.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>no spend or no impressions recorded.</source>
        <translation>no spend or no impressions recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no clicks or no impressions recorded.</source>
        <translation>no clicks or no impressions recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more clicks than impressions recorded; check the export&apos;s columns.</source>
        <translation>more clicks than impressions recorded; check the export&apos;s columns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>too few clicks to bound the click-through rate.</source>
        <translation>too few clicks to bound the click-through rate.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>%1 orders recorded; at least %2 are needed.</source>
        <translation>%1 orders recorded; at least %2 are needed.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>more orders than clicks recorded (view-through orders?); the funnel cannot be calibrated.</source>
        <translation>more orders than clicks recorded (view-through orders?); the funnel cannot be calibrated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>too few orders to bound the click-to-order rate.</source>
        <translation>too few orders to bound the click-to-order rate.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no revenue recorded.</source>
        <translation>no revenue recorded.</translation>
    </message>
    <message>
        <location filename="../core/actuals/calibrationtarget.cpp" line="+26"/>
        <source>The plan has no scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation type="unfinished">The plan has no scenario &quot;%1&quot;; its scenarios are %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/actuals/calibrator.cpp" line="+17"/>
        <source>The plan has no paid channel named &quot;%1&quot;.</source>
        <translation>The plan has no paid channel named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario &quot;%1&quot; has no paid channel named &quot;%2&quot;; it is in %3 (choose with --scenario).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/exportjsoncommand.cpp" line="+21"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the JSON file to write</source>
        <translation>the JSON file to write</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1 (%2).</source>
        <translation>Could not write %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write the plan as JSON (MODEL.md section 9)</source>
        <translation>write the plan as JSON (MODEL.md section 9)</translation>
    </message>
    <message>
        <location filename="../app/importjsoncommand.cpp" line="+22"/>
        <source>the JSON file to read</source>
        <translation>the JSON file to read</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/newcommand.cpp" line="+21"/>
        <source>the plan file to create</source>
        <translation>the plan file to create</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; Funnelcast does not overwrite it.</source>
        <translation>%1 already exists; Funnelcast does not overwrite it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create a plan file from plan JSON</source>
        <translation>create a plan file from plan JSON</translation>
    </message>
    <message>
        <location filename="../app/newcommand.cpp" line="+5"/>
        <source>The embedded demo plan is missing from this build.</source>
        <translation>The embedded demo plan is missing from this build.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>create an empty plan file, or one holding the demo plan</source>
        <translation>create an empty plan file, or one holding the demo plan</translation>
    </message>
    <message>
        <location filename="../app/forecastcommand.cpp" line="+78"/>
        <source>base and Monte Carlo forecast of a scenario (MODEL.md sections 2-6)</source>
        <translation>base and Monte Carlo forecast of a scenario (MODEL.md sections 2-6)</translation>
    </message>
    <message>
        <location filename="../app/optimizecommand.cpp" line="+166"/>
        <source>split the paid budget for the most orders, net revenue or profit; frontier, goal seek, save as a scenario (MODEL.md section 7)</source>
        <translation>split the paid budget for the most orders, net revenue or profit; frontier, goal seek, save as a scenario (MODEL.md section 7)</translation>
    </message>
    <message>
        <location filename="../app/reportcommand.cpp" line="+85"/>
        <source>write the PDF report of a scenario (forecast, allocation, funnel, scenarios, optimizer, actuals, assumptions)</source>
        <translation>write the PDF report of a scenario (forecast, allocation, funnel, scenarios, optimizer, actuals, assumptions)</translation>
    </message>
    <message>
        <location filename="../app/scenariocommand.cpp" line="+88"/>
        <source>list, create, duplicate, rename or delete a plan&apos;s scenarios</source>
        <translation>list, create, duplicate, rename or delete a plan&apos;s scenarios</translation>
    </message>
    <message>
        <location filename="../app/actualscommand.cpp" line="+10"/>
        <source>weekly sums of the imported actuals on the plan&apos;s Monday grid</source>
        <translation>weekly sums of the imported actuals on the plan&apos;s Monday grid</translation>
    </message>
    <message>
        <location filename="../app/calibratecommand.cpp" line="+28"/>
        <source>estimate a channel&apos;s CPM, CTR, funnel rates, AOV and K from its actuals (MODEL.md section 8)</source>
        <translation>estimate a channel&apos;s CPM, CTR, funnel rates, AOV and K from its actuals (MODEL.md section 8)</translation>
    </message>
    <message>
        <location filename="../app/importcommand.cpp" line="+43"/>
        <source>import an ad-platform export into the plan&apos;s actuals</source>
        <translation>import an ad-platform export into the plan&apos;s actuals</translation>
    </message>
</context>
<context>
    <name>CsvRecordReader</name>
    <message>
        <location filename="../core/actuals/csvrecordreader.cpp" line="+52"/>
        <source>%1 line %2: a row longer than 1 MB; this is not an ad-platform export.</source>
        <translation>%1 line %2: a row longer than 1 MB; this is not an ad-platform export.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 line %2: a quoted cell that starts here is never closed.</source>
        <translation>%1 line %2: a quoted cell that starts here is never closed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 line %2: the file contains binary data, not text.</source>
        <translation>%1 line %2: the file contains binary data, not text.</translation>
    </message>
</context>
<context>
    <name>FieldInfo</name>
    <message>
        <location filename="../ui/document/fieldinfo.cpp" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name unique within the scenario.</source>
        <translation>A name unique within the scenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform, e.g. instagram, tiktok_shop, naver. Known platforms come with default assumptions; any other name counts as an emerging platform.</source>
        <translation>The platform, e.g. instagram, tiktok_shop, naver. Known platforms come with default assumptions; any other name counts as an emerging platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The creator&apos;s size class (nano, micro, mid, macro, mega). Descriptive only: it changes no number.</source>
        <translation>The creator&apos;s size class (nano, micro, mid, macro, mega). Descriptive only: it changes no number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total media spend on this channel over the whole campaign.</source>
        <translation>Total media spend on this channel over the whole campaign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flighting</source>
        <translation>Flighting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the spend is spread over the weeks: even, front-loaded, back-loaded, pulsed, or custom weights per week.</source>
        <translation>How the spend is spread over the weeks: even, front-loaded, back-loaded, pulsed, or custom weights per week.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum spend</source>
        <translation>Minimum spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min spend</source>
        <translation>Min spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The optimizer never proposes less than this for the channel.</source>
        <translation>The optimizer never proposes less than this for the channel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum spend</source>
        <translation>Maximum spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max spend</source>
        <translation>Max spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The optimizer never proposes more than this; leave empty for no limit.</source>
        <translation>The optimizer never proposes more than this; leave empty for no limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A locked channel keeps its spend when the optimizer splits the budget.</source>
        <translation>A locked channel keeps its spend when the optimizer splits the budget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per 1,000 impressions while the audience is far from saturated. Find it in the ad manager&apos;s reports or the platform&apos;s rate card.</source>
        <translation>Cost per 1,000 impressions while the audience is far from saturated. Find it in the ad manager&apos;s reports or the platform&apos;s rate card.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many distinct people the targeting can reach on this platform. Leave empty for no limit; with a limit, extra spend meets diminishing returns.</source>
        <translation>How many distinct people the targeting can reach on this platform. Leave empty for no limit; with a limit, extra spend meets diminishing returns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max weekly frequency</source>
        <translation>Max weekly frequency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max freq./wk</source>
        <translation>Max freq./wk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times a week one person can usefully see the ad before the audience is saturated. Leave empty for no limit.</source>
        <translation>How many times a week one person can usefully see the ad before the audience is saturated. Leave empty for no limit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks per impression, e.g. 0.9% = 9 clicks per 1,000 impressions.</source>
        <translation>Clicks per impression, e.g. 0.9% = 9 clicks per 1,000 impressions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View rate</source>
        <translation>View rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product-page views per click: 100% when the click lands on the product, lower when it lands on a profile or a landing page first.</source>
        <translation>Product-page views per click: 100% when the click lands on the product, lower when it lands on a profile or a landing page first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add-to-cart rate</source>
        <translation>Add-to-cart rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart rate</source>
        <translation>Cart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of product-page views that add the product to the cart.</source>
        <translation>Share of product-page views that add the product to the cart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase rate</source>
        <translation>Purchase rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of add-to-carts that become orders (checkout completion).</source>
        <translation>Share of add-to-carts that become orders (checkout completion).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AOV</source>
        <translation>AOV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average value of one order, before refunds and fees.</source>
        <translation>Average value of one order, before refunds and fees.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selling fee</source>
        <translation>Selling fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s selling fee on in-app checkout (e.g. TikTok Shop); 0% when the sale happens on your own store.</source>
        <translation>The platform&apos;s selling fee on in-app checkout (e.g. TikTok Shop); 0% when the sale happens on your own store.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return rate</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of order value refunded after returns and cancellations.</source>
        <translation>Share of order value refunded after returns and cancellations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carryover</source>
        <translation>Carryover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of a week&apos;s orders that land a week later (and so on, shrinking): people who saw the ad and buy later.</source>
        <translation>Share of a week&apos;s orders that land a week later (and so on, shrinking): people who saw the ad and buy later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers of the account.</source>
        <translation>Followers of the account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach rate</source>
        <translation>Reach rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of followers who see a typical post.</source>
        <translation>Share of followers who see a typical post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts (weeks)</source>
        <translation>Posts (weeks)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weeks of the campaign with a post, counted from 1 (e.g. 2, 4); a week may appear twice.</source>
        <translation>The weeks of the campaign with a post, counted from 1 (e.g. 2, 4); a week may appear twice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee per post</source>
        <translation>Fee per post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee/post</source>
        <translation>Fee/post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the creator is paid per post.</source>
        <translation>What the creator is paid per post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliate commission on gross revenue paid to the creator.</source>
        <translation>Affiliate commission on gross revenue paid to the creator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts per week</source>
        <translation>Posts per week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts/wk</source>
        <translation>Posts/wk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many posts the brand account publishes each week.</source>
        <translation>How many posts the brand account publishes each week.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost per post</source>
        <translation>Cost per post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost/post</source>
        <translation>Cost/post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content production cost of one post.</source>
        <translation>Content production cost of one post.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paid-media budget the optimizer splits; empty = the sum of the channels&apos; spends.</source>
        <translation>The paid-media budget the optimizer splits; empty = the sum of the channels&apos; spends.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s currency, an ISO 4217 code such as KRW or USD.</source>
        <translation>The plan&apos;s currency, an ISO 4217 code such as KRW or USD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start week</source>
        <translation>Start week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Monday the campaign starts.</source>
        <translation>The Monday the campaign starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length (weeks)</source>
        <translation>Length (weeks)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many whole weeks the campaign runs (1 to 156).</source>
        <translation>How many whole weeks the campaign runs (1 to 156).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target population</source>
        <translation>Target population</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people the campaign could reach in total, for the reach figure. Empty = the sum of the channels&apos; audiences and followers.</source>
        <translation>How many people the campaign could reach in total, for the reach figure. Empty = the sum of the channels&apos; audiences and followers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product margin</source>
        <translation>Product margin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin of the product: the share of net revenue left after the cost of goods. Used for profit.</source>
        <translation>Gross margin of the product: the share of net revenue left after the cost of goods. Used for profit.</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <location filename="../app/forecastcommand.cpp" line="-52"/>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no scenarios to forecast.</source>
        <translation>%1 has no scenarios to forecast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forecast writes JSON only; add --json.</source>
        <translation>forecast writes JSON only; add --json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scenario &quot;%1&quot; in %2 has no paid channels, creators or organic streams to forecast.</source>
        <translation>Scenario &quot;%1&quot; in %2 has no paid channels, creators or organic streams to forecast.</translation>
    </message>
</context>
<context>
    <name>ForecastCsv</name>
    <message>
        <location filename="../ui/views/forecastcsv.cpp" line="+71"/>
        <location line="+4"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 could not be written: %2.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../app/main.cpp" line="+30"/>
        <source>Funnelcast %1 - social-media campaign planner</source>
        <translation>Funnelcast %1 - social-media campaign planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the desktop app (the demo plan if none given)</source>
        <translation>open the desktop app (the demo plan if none given)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every command accepts --lang en|ko for its messages.</source>
        <translation>Every command accepts --lang en|ko for its messages.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 success, 2 bad usage, 3 bad input.</source>
        <translation>Exit status: 0 success, 2 bad usage, 3 bad input.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not enough memory to finish the command.</source>
        <translation>Not enough memory to finish the command.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/importcommand.cpp" line="-22"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export file to import</source>
        <translation>the export file to import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import writes JSON only; add --json.</source>
        <translation>import writes JSON only; add --json.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/document/issuetext.cpp" line="+24"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scenario “%1”</source>
        <translation>Scenario “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../ui/i18n/languagemanager.cpp" line="+103"/>
        <source>The option --lang needs a value: %1.</source>
        <translation>The option --lang needs a value: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown language &quot;%1&quot;; the supported languages are %2.</source>
        <translation>Unknown language &quot;%1&quot;; the supported languages are %2.</translation>
    </message>
</context>
<context>
    <name>NewItemFactory</name>
    <message>
        <location filename="../ui/document/newitemfactory.cpp" line="+73"/>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New creator</source>
        <translation>New creator</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New organic stream</source>
        <translation>New organic stream</translation>
    </message>
</context>
<context>
    <name>Objective</name>
    <message>
        <location filename="../core/optimize/objective.cpp" line="+30"/>
        <source>%1, %2 or %3</source>
        <translation>%1, %2 or %3</translation>
    </message>
</context>
<context>
    <name>OptimizeCommand</name>
    <message>
        <location filename="../app/optimizecommand.cpp" line="-96"/>
        <source>The target %1 is out of reach: the best profit is %2, at a budget of %3; spending more would lower it.</source>
        <translation>The target %1 is out of reach: the best profit is %2, at a budget of %3; spending more would lower it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target %1 is out of reach within the channels&apos; maximum spends: the best is %2, at a budget of %3.</source>
        <translation>The target %1 is out of reach within the channels&apos; maximum spends: the best is %2, at a budget of %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target %1 is out of reach: the value only approaches %2 as the budget grows without limit.</source>
        <translation>The target %1 is out of reach: the value only approaches %2 as the budget grows without limit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 must be a number, not &quot;%2&quot;.</source>
        <translation>--%1 must be a number, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optimize writes JSON only; add --json.</source>
        <translation>optimize writes JSON only; add --json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown objective &quot;%1&quot;; use %2.</source>
        <translation>Unknown objective &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no scenarios to optimize.</source>
        <translation>%1 has no scenarios to optimize.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+44"/>
        <source>Could not open %1 (%2).</source>
        <translation>Could not open %1 (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is read-only, so Funnelcast cannot save edits to it.</source>
        <translation>%1 is read-only, so Funnelcast cannot save edits to it.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../core/storage/statement.cpp" line="+16"/>
        <source>Could not read or write %1 (%2).</source>
        <translation>Could not read or write %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/storage/planfile.cpp" line="+37"/>
        <source>There is no %1 number %2 in the plan.</source>
        <translation>There is no %1 number %2 in the plan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+444"/>
        <source>paid channel</source>
        <translation>paid channel</translation>
    </message>
    <message>
        <location line="-434"/>
        <source>creator deal</source>
        <translation>creator deal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>organic stream</source>
        <translation>organic stream</translation>
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
        <translation>scenario</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+104"/>
        <location filename="../core/storage/safeopen.cpp" line="+92"/>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1 is a folder, not a plan file.</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+20"/>
        <source>%1 already exists; Funnelcast does not overwrite it.</source>
        <translation>%1 already exists; Funnelcast does not overwrite it.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+102"/>
        <source>The folder of %1 does not exist.</source>
        <translation>The folder of %1 does not exist.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+90"/>
        <location line="+5"/>
        <location line="+8"/>
        <source>Could not write %1 (%2).</source>
        <translation>Could not write %1 (%2).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1 needs upgrading, but its backup copy %2 could not be written.</source>
        <translation>%1 needs upgrading, but its backup copy %2 could not be written.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be upgraded from schema %2 (%3).</source>
        <translation>%1 could not be upgraded from schema %2 (%3).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not create the folder %1 for untitled plans.</source>
        <translation>Could not create the folder %1 for untitled plans.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The change adds or removes scenarios or items; it was not saved.</source>
        <translation>The change adds or removes scenarios or items; it was not saved.</translation>
    </message>
    <message>
        <location filename="../core/storage/planstore.cpp" line="+35"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is damaged: it must hold exactly one plan header.</source>
        <translation>%1 is damaged: it must hold exactly one plan header.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be between 1 and 156</source>
        <translation>must be between 1 and 156</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>holds an item of unknown kind &quot;%1&quot;</source>
        <translation>holds an item of unknown kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/safeopen.cpp" line="-44"/>
        <source>%1 was left half-written by an interrupted edit, and it could not be repaired because its folder is not writable.</source>
        <translation>%1 was left half-written by an interrupted edit, and it could not be repaired because its folder is not writable.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was left half-written by an interrupted edit and could not be repaired.</source>
        <translation>%1 was left half-written by an interrupted edit and could not be repaired.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was left half-written by an interrupted edit and could not be repaired (%2).</source>
        <translation>%1 was left half-written by an interrupted edit and could not be repaired (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 cannot be read (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty, so it is not a Funnelcast plan.</source>
        <translation>%1 is empty, so it is not a Funnelcast plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Funnelcast plan: it is not a SQLite database at all.</source>
        <translation>%1 is not a Funnelcast plan: it is not a SQLite database at all.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is truncated: the file ends inside its own header.</source>
        <translation>%1 is truncated: the file ends inside its own header.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is damaged: its SQLite header is invalid.</source>
        <translation>%1 is damaged: its SQLite header is invalid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is truncated: the file is shorter than its header says, so part of the plan is missing.</source>
        <translation>%1 is truncated: the file is shorter than its header says, so part of the plan is missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Funnelcast plan: it is a SQLite database of another application.</source>
        <translation>%1 is not a Funnelcast plan: it is a SQLite database of another application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was made by a newer Funnelcast (schema %2); this version reads schema %3 and older.</source>
        <translation>%1 was made by a newer Funnelcast (schema %2); this version reads schema %3 and older.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged: its schema version %2 is invalid.</source>
        <translation>%1 is damaged: its schema version %2 is invalid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses SQLite&apos;s write-ahead log, which Funnelcast plans never do; it was changed by another program.</source>
        <translation>%1 uses SQLite&apos;s write-ahead log, which Funnelcast plans never do; it was changed by another program.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is damaged: SQLite&apos;s integrity check found errors.</source>
        <translation>%1 is damaged: SQLite&apos;s integrity check found errors.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains a %2 (&quot;%3&quot;), which Funnelcast plans never have; it was added by another program, so the file is not opened.</source>
        <translation>%1 contains a %2 (&quot;%3&quot;), which Funnelcast plans never have; it was added by another program, so the file is not opened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 contains a virtual table (&quot;%2&quot;), which Funnelcast plans never have; it was added by another program, so the file is not opened.</source>
        <translation>%1 contains a virtual table (&quot;%2&quot;), which Funnelcast plans never have; it was added by another program, so the file is not opened.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid Funnelcast plan: the table &quot;%2&quot; has no column &quot;%3&quot;.</source>
        <translation>%1 is not a valid Funnelcast plan: the table &quot;%2&quot; has no column &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a valid Funnelcast plan: the table &quot;%2&quot; is missing.</source>
        <translation>%1 is not a valid Funnelcast plan: the table &quot;%2&quot; is missing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is damaged: it holds channels that belong to no scenario.</source>
        <translation>%1 is damaged: it holds channels that belong to no scenario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 is damaged and cannot be read (%2).</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../core/io/jsonfieldreader.cpp" line="+54"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/io/planjson.cpp" line="+193"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number or an object with low, base and high</source>
        <translation>must be a number or an object with low, base and high</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location filename="../core/io/planjson.cpp" line="-98"/>
        <source>must be even, front, back, pulse or custom</source>
        <translation>must be even, front, back, pulse or custom</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>is &quot;%1&quot;, not &quot;funnelcast-plan&quot;, so this is not a Funnelcast plan</source>
        <translation>is &quot;%1&quot;, not &quot;funnelcast-plan&quot;, so this is not a Funnelcast plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is %1: the plan was written by a newer Funnelcast; this version reads version %2</source>
        <translation>is %1: the plan was written by a newer Funnelcast; this version reads version %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>must be a date written YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the JSON must be an object with &quot;format&quot;: &quot;funnelcast-plan&quot;, not a list or a single value</source>
        <translation>the JSON must be an object with &quot;format&quot;: &quot;funnelcast-plan&quot;, not a list or a single value</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>the file is %1 MB, larger than the 64 MB a plan JSON may have</source>
        <translation>the file is %1 MB, larger than the 64 MB a plan JSON may have</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty, where a Funnelcast plan JSON was expected</source>
        <translation>the file is empty, where a Funnelcast plan JSON was expected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a byte-order mark (U+FEFF) stands inside the text, where JSON allows it only as the escape \ufeff</source>
        <translation>a byte-order mark (U+FEFF) stands inside the text, where JSON allows it only as the escape \ufeff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the JSON is not valid (%1)</source>
        <translation>the JSON is not valid (%1)</translation>
    </message>
</context>
<context>
    <name>PlanValidator</name>
    <message>
        <location filename="../core/model/planvalidator.cpp" line="+47"/>
        <location line="+9"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a lowercase identifier (letters a-z, digits and underscores), such as tiktok_shop</source>
        <translation>must be a lowercase identifier (letters a-z, digits and underscores), such as tiktok_shop</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+32"/>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+27"/>
        <source>must be greater than 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+6"/>
        <location line="+231"/>
        <source>must be between 0 and 1</source>
        <translation>must be between 0 and 1</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>must be less than 1</source>
        <translation>must be less than 1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a custom flighting needs exactly one weight per week (%1), not %2</source>
        <translation>a custom flighting needs exactly one weight per week (%1), not %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not all be 0</source>
        <translation>must not all be 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be between 1 and 156</source>
        <translation>must be between 1 and 156</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is used twice; names must be unique within a scenario</source>
        <translation>&quot;%1&quot; is used twice; names must be unique within a scenario</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>must not be greater than base</source>
        <translation>must not be greater than base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be less than base</source>
        <translation>must not be less than base</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be greater than 0 when low, base and high differ</source>
        <translation>must be greater than 0 when low, base and high differ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be less than 1 when low, base and high differ</source>
        <translation>must be less than 1 when low, base and high differ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must not be less than min_spend</source>
        <translation>must not be less than min_spend</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be one of nano, micro, mid, macro or mega</source>
        <translation>must be one of nano, micro, mid, macro or mega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a week index between 0 and %1 (weeks count from 0)</source>
        <translation>must be a week index between 0 and %1 (weeks count from 0)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be a three-letter uppercase ISO 4217 code such as KRW or USD</source>
        <translation>must be a three-letter uppercase ISO 4217 code such as KRW or USD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a valid date (YYYY-MM-DD)</source>
        <translation>must be a valid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a Monday</source>
        <translation>must be a Monday</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must hold at least one scenario</source>
        <translation>must hold at least one scenario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is used twice; scenario names must be unique</source>
        <translation>&quot;%1&quot; is used twice; scenario names must be unique</translation>
    </message>
</context>
<context>
    <name>PlatformDefaults</name>
    <message>
        <location filename="../core/io/platformdefaults.cpp" line="+40"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a non-empty text naming the source</source>
        <translation>must be a non-empty text naming the source</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must give at least one currency</source>
        <translation>must give at least one currency</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the platform defaults are not a valid JSON object (%1)</source>
        <translation>the platform defaults are not a valid JSON object (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be &quot;funnelcast-platform-defaults&quot;</source>
        <translation>must be &quot;funnelcast-platform-defaults&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1</source>
        <translation>must be 1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is not a tier (nano, micro, mid, macro or mega)</source>
        <translation>is not a tier (nano, micro, mid, macro or mega)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the built-in platform defaults (:/platforms.json) are missing from this build</source>
        <translation>the built-in platform defaults (:/platforms.json) are missing from this build</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../ui/report/reportbuilder.cpp" line="+30"/>
        <source>%1: forecast report</source>
        <translation>%1: forecast report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario %1, %2 to %3</source>
        <translation>Scenario %1, %2 to %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funnelcast forecast report, %1</source>
        <translation>Funnelcast forecast report, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <translation>n/a</translation>
    </message>
    <message>
        <location line="-319"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-216"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic</source>
        <translation>Organic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid media</source>
        <translation>Paid media</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product views per click</source>
        <translation>Product views per click</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-to-cart rate</source>
        <translation>Add-to-cart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase rate</source>
        <translation>Purchase rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform selling fee</source>
        <translation>Platform selling fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carryover</source>
        <translation>Carryover</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+2"/>
        <location line="+20"/>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach per post</source>
        <translation>Reach per post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-18"/>
        <source>Fee per post</source>
        <translation>Fee per post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+20"/>
        <source>Cost per post</source>
        <translation>Cost per post</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>net revenue</source>
        <translation>net revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profit</source>
        <translation>profit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaign forecast report</source>
        <translation>Campaign forecast report</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+28"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign period</source>
        <translation>Campaign period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 weeks</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+111"/>
        <source>Paid-media budget</source>
        <translation>Paid-media budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target population</source>
        <translation>Target population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product gross margin</source>
        <translation>Product gross margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Figures are forecasts from the plan&apos;s assumptions, not guarantees. Ranges are the 10th to 90th percentile of %1 simulated outcomes.</source>
        <translation>Figures are forecasts from the plan&apos;s assumptions, not guarantees. Ranges are the 10th to 90th percentile of %1 simulated outcomes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared with Funnelcast %1</source>
        <translation>Prepared with Funnelcast %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Figures are forecasts from the plan&apos;s assumptions at their base values, not guarantees.</source>
        <translation>Figures are forecasts from the plan&apos;s assumptions at their base values, not guarantees.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over %1 weeks from %2, a total cost of %3 is expected to bring %4 orders (80% range %5) and %6 of net revenue.</source>
        <translation>Over %1 weeks from %2, a total cost of %3 is expected to bring %4 orders (80% range %5) and %6 of net revenue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After the product margin of %1, profit is %2, between %3 and %4 in eight of ten simulated outcomes.</source>
        <translation>After the product margin of %1, profit is %2, between %3 and %4 in eight of ten simulated outcomes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every unit of cost returns %1 of gross revenue, and an order costs %2 on average.</source>
        <translation>Every unit of cost returns %1 of gross revenue, and an order costs %2 on average.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 brings the most orders: %2, or %3 of the total.</source>
        <translation>%1 brings the most orders: %2, or %3 of the total.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of these orders arrive after the last week, carried over from the campaign&apos;s final weeks.</source>
        <translation>%1 of these orders arrive after the last week, carried over from the campaign&apos;s final weeks.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+52"/>
        <location line="+47"/>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>paid media %1</source>
        <translation>paid media %1</translation>
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
        <translation>Orders</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+55"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-48"/>
        <location line="+20"/>
        <location line="+30"/>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+1"/>
        <source>Profit</source>
        <translation>Profit</translation>
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
        <translation>Cost per order</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Large figures are the base forecast (every input at its base value); the small line under each is its P10 – P90 range.</source>
        <translation>Large figures are the base forecast (every input at its base value); the small line under each is its P10 – P90 range.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+229"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paid-media spend</source>
        <translation>Paid-media spend</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Reach (people)</source>
        <translation>Reach (people)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+115"/>
        <source>Gross revenue</source>
        <translation>Gross revenue</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Key figures (continued)</source>
        <translation>Key figures (continued)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget allocation</source>
        <translation>Budget allocation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The total cost is %1: %2 of paid media against a budget of %3.</source>
        <translation>The total cost is %1: %2 of paid media against a budget of %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creator fees add %1.</source>
        <translation>Creator fees add %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic content production adds %1.</source>
        <translation>Organic content production adds %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+93"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-186"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-97"/>
        <location line="+20"/>
        <location line="+29"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+65"/>
        <location line="+34"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+74"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Budget allocation (continued)</source>
        <translation>Budget allocation (continued)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders, cost per order and ROAS at base values; ROAS is gross revenue per unit of cost.</source>
        <translation>Orders, cost per order and ROAS at base values; ROAS is gross revenue per unit of cost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly forecast</source>
        <translation>Weekly forecast</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders peak in week %1 (from %2) at %3. The shaded band is the range in which eight of ten simulated outcomes fall.</source>
        <translation>Orders peak in week %1 (from %2) at %3. The shaded band is the range in which eight of ten simulated outcomes fall.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders per week</source>
        <translation>Orders per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base forecast</source>
        <translation>Base forecast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P10 – P90</source>
        <translation>P10 – P90</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+128"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid spend</source>
        <translation>Paid spend</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="-200"/>
        <source>Orders P10 – P90</source>
        <translation>Orders P10 – P90</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weekly forecast (continued)</source>
        <translation>Weekly forecast (continued)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly orders are realised orders: carryover moves part of each week&apos;s orders into later weeks, so the weeks add up to fewer than the campaign total. The weekly range scales the base weeks by the campaign total&apos;s P10 and P90.</source>
        <translation>Weekly orders are realised orders: carryover moves part of each week&apos;s orders into later weeks, so the weeks add up to fewer than the campaign total. The weekly range scales the base weeks by the campaign total&apos;s P10 and P90.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Funnel by channel</source>
        <translation>Funnel by channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each channel turns impressions into orders at base values, with the conversion from one stage to the next.</source>
        <translation>How each channel turns impressions into orders at base values, with the conversion from one stage to the next.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product views</source>
        <translation>Product views</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-to-carts</source>
        <translation>Add-to-carts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to order</source>
        <translation>Click to order</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Funnel by channel (continued)</source>
        <translation>Funnel by channel (continued)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders by channel</source>
        <translation>Orders by channel</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../ui/report/reportbuildersections.cpp" line="+30"/>
        <source>P10 – P90 range</source>
        <translation>P10 – P90 range</translation>
    </message>
    <message>
        <location filename="../ui/report/reportdatacollector.cpp" line="+134"/>
        <source>The plan has no scenario to report on.</source>
        <translation>The plan has no scenario to report on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown scenario &quot;%1&quot;; the plan has: %2.</source>
        <translation>Unknown scenario &quot;%1&quot;; the plan has: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenario &quot;%1&quot; has no channels, creators or organic streams to report on.</source>
        <translation>Scenario &quot;%1&quot; has no channels, creators or organic streams to report on.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportpdfwriter.cpp" line="+82"/>
        <source>The report could not be drawn.</source>
        <translation>The report could not be drawn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No output file given; use --pdf OUT.pdf.</source>
        <translation>No output file given; use --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the report %1: the folder %2 does not exist.</source>
        <translation>Cannot write the report %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the report %1: the folder %2 is not writable.</source>
        <translation>Cannot write the report %1: the folder %2 is not writable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the report %1: it is a folder.</source>
        <translation>Cannot write the report %1: it is a folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the report %1: the file exists and is read-only.</source>
        <translation>Cannot write the report %1: the file exists and is read-only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Cannot write the report %1: %2.</source>
        <translation>Cannot write the report %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/report/reportbuildersections.cpp" line="-95"/>
        <source>Creators and organic posting</source>
        <translation>Creators and organic posting</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Creator deals</source>
        <translation>Creator deals</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+24"/>
        <source>Organic posting</source>
        <translation>Organic posting</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Posts in weeks</source>
        <translation>Posts in weeks</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creator deals (continued)</source>
        <translation>Creator deals (continued)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks are counted from 1. Net revenue is after returns and the creator&apos;s commission.</source>
        <translation>Weeks are counted from 1. Net revenue is after returns and the creator&apos;s commission.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts per week</source>
        <translation>Posts per week</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organic posting (continued)</source>
        <translation>Organic posting (continued)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan has %1 scenarios, forecast with the same simulations. %2 has the highest expected profit, %3.</source>
        <translation>The plan has %1 scenarios, forecast with the same simulations. %2 has the highest expected profit, %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>◆ marks the scenario this report describes.</source>
        <translation>◆ marks the scenario this report describes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit by scenario</source>
        <translation>Profit by scenario</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Optimizer proposal</source>
        <translation>Optimizer proposal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Splitting the paid-media budget of %1 to maximise %2 at base values moves spend between channels as below. The scenario&apos;s %2 goes from %3 to %4 (%5).</source>
        <translation>Splitting the paid-media budget of %1 to maximise %2 at base values moves spend between channels as below. The scenario&apos;s %2 goes from %3 to %4 (%5).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current spend</source>
        <translation>Current spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed spend</source>
        <translation>Proposed spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marginal value</source>
        <translation>Marginal value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Marginal value: extra orders per %1 more spend on the channel at the proposed spend.</source>
        <translation>Marginal value: extra orders per %1 more spend on the channel at the proposed spend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marginal value: extra %1 per unit of extra spend on the channel at the proposed spend.</source>
        <translation>Marginal value: extra %1 per unit of extra spend on the channel at the proposed spend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current and proposed spend</source>
        <translation>Current and proposed spend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What more or less budget would buy</source>
        <translation>What more or less budget would buy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best %1 the optimizer finds at each budget from a quarter to twice the current one. Each step up buys less than the one before: the channels saturate.</source>
        <translation>The best %1 the optimizer finds at each budget from a quarter to twice the current one. Each step up buys less than the one before: the channels saturate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Optimal %1</source>
        <translation>Optimal %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>current budget</source>
        <translation>current budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of budget</source>
        <translation>Share of budget</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not feasible</source>
        <translation>not feasible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget frontier (continued)</source>
        <translation>Budget frontier (continued)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan against actuals</source>
        <translation>Plan against actuals</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Through week %1, the channels with imported actuals spent %2 against %3 planned (%4 of plan) and brought %5 orders against %6 forecast (%7).</source>
        <translation>Through week %1, the channels with imported actuals spent %2 against %3 planned (%4 of plan) and brought %5 orders against %6 forecast (%7).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cumulative spend</source>
        <translation>Cumulative spend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cumulative orders</source>
        <translation>Cumulative orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned spend</source>
        <translation>Planned spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual spend</source>
        <translation>Actual spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pacing</source>
        <translation>Pacing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast orders</source>
        <translation>Forecast orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual orders</source>
        <translation>Actual orders</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan against actuals (continued)</source>
        <translation>Plan against actuals (continued)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned figures are the base forecast; pacing is actual spend as a share of planned spend.</source>
        <translation>Planned figures are the base forecast; pacing is actual spend as a share of planned spend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appendix: assumptions</source>
        <translation>Appendix: assumptions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every input of the forecast. An uncertain input is given as low, base and high, read as its 10th, 50th and 90th percentile; a fixed input has the same value in all three.</source>
        <translation>Every input of the forecast. An uncertain input is given as low, base and high, read as its 10th, 50th and 90th percentile; a fixed input has the same value in all three.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan input</source>
        <translation>Plan input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 default</source>
        <translation>%1 default</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assumptions (continued)</source>
        <translation>Assumptions (continued)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources of the defaults</source>
        <translation>Sources of the defaults</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 default: %2</source>
        <translation>%1 default: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base forecast evaluates every input at its base value. The ranges come from %1 Monte Carlo simulations (seed %2): each uncertain input is drawn once per simulation from a split lognormal (amounts) or split logit-normal (rates) distribution whose 10th, 50th and 90th percentiles are its low, base and high, and every statistic&apos;s P10, P50 and P90 are taken over the simulations. Paid impressions saturate at the audience times its weekly frequency; carryover moves part of a week&apos;s orders into later weeks.</source>
        <translation>The base forecast evaluates every input at its base value. The ranges come from %1 Monte Carlo simulations (seed %2): each uncertain input is drawn once per simulation from a split lognormal (amounts) or split logit-normal (rates) distribution whose 10th, 50th and 90th percentiles are its low, base and high, and every statistic&apos;s P10, P50 and P90 are taken over the simulations. Paid impressions saturate at the audience times its weekly frequency; carryover moves part of a week&apos;s orders into later weeks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost is paid-media spend plus creator fees and organic production. Net revenue is gross revenue after returns, platform selling fees and creator commissions. Profit is net revenue times the product gross margin, less cost. ROAS is gross revenue per unit of cost.</source>
        <translation>Cost is paid-media spend plus creator fees and organic production. Net revenue is gross revenue after returns, platform selling fees and creator commissions. Profit is net revenue times the product gross margin, less cost. ROAS is gross revenue per unit of cost.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="-57"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs the output file: --pdf OUT.pdf.</source>
        <translation>report needs the output file: --pdf OUT.pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown --lang &quot;%1&quot;; use en or ko.</source>
        <translation>Unknown --lang &quot;%1&quot;; use en or ko.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown --page &quot;%1&quot;; use a4 or letter.</source>
        <translation>Unknown --page &quot;%1&quot;; use a4 or letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown --optimize objective &quot;%1&quot;; use %2.</source>
        <translation>Unknown --optimize objective &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../ui/report/reportexport.cpp" line="+35"/>
        <location line="+15"/>
        <location line="+3"/>
        <source>Export PDF report</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioCommand</name>
    <message>
        <location filename="../app/scenariocommand.cpp" line="-52"/>
        <source>the plan file</source>
        <translation>the plan file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action (list, create, duplicate, rename or delete)</source>
        <translation>the action (list, create, duplicate, rename or delete)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenario list writes JSON only; add --json.</source>
        <translation>scenario list writes JSON only; add --json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scenario name</source>
        <translation>the scenario name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario to duplicate</source>
        <translation>the scenario to duplicate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scenario to rename</source>
        <translation>the scenario to rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new name</source>
        <translation>the new name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown scenario action &quot;%1&quot;; use list, create, duplicate, rename or delete.</source>
        <translation>Unknown scenario action &quot;%1&quot;; use list, create, duplicate, rename or delete.</translation>
    </message>
</context>
<context>
    <name>ScenarioOps</name>
    <message>
        <location filename="../core/optimize/scenarioops.cpp" line="+25"/>
        <source>A scenario needs a name that is not empty.</source>
        <translation>A scenario needs a name that is not empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan already has a scenario named &quot;%1&quot;.</source>
        <translation>The plan already has a scenario named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan has no scenario &quot;%1&quot;; it has no scenarios at all.</source>
        <translation>The plan has no scenario &quot;%1&quot;; it has no scenarios at all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</source>
        <translation>The plan has no scenario &quot;%1&quot;; its scenarios are %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no scenario number %1 to duplicate.</source>
        <translation>There is no scenario number %1 to duplicate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The optimization result does not match scenario &quot;%1&quot;.</source>
        <translation>The optimization result does not match scenario &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no scenario number %1 to delete.</source>
        <translation>There is no scenario number %1 to delete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario &quot;%1&quot; is the plan&apos;s only scenario; a plan keeps at least one.</source>
        <translation>Scenario &quot;%1&quot; is the plan&apos;s only scenario; a plan keeps at least one.</translation>
    </message>
</context>
<context>
    <name>TextSource</name>
    <message>
        <location filename="../core/actuals/textsource.cpp" line="+83"/>
        <location line="+111"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 GB; export a shorter date range or split the file.</source>
        <translation>%1 is larger than 1 GB; export a shorter date range or split the file.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is not a text export: it contains binary data.</source>
        <translation>%1 is not a text export: it contains binary data.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not UTF-8 and this build of Funnelcast cannot decode CP949 (EUC-KR); save the export as UTF-8.</source>
        <translation>%1 is not UTF-8 and this build of Funnelcast cannot decode CP949 (EUC-KR); save the export as UTF-8.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: the text is neither UTF-8 nor CP949 (EUC-KR); save the export as UTF-8.</source>
        <translation>%1 line %2: the text is neither UTF-8 nor CP949 (EUC-KR); save the export as UTF-8.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 line %2: the text does not decode as %3; save the export as UTF-8.</source>
        <translation>%1 line %2: the text does not decode as %3; save the export as UTF-8.</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <location filename="../ui/models/valueformat.cpp" line="+134"/>
        <source>Type a number.</source>
        <translation>Type a number.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is negative; type 0 or more.</source>
        <translation>“%1” is negative; type 0 or more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is too large.</source>
        <translation>“%1” is too large.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1% is more than 100%; a rate is a percentage from 0 to 100.</source>
        <translation>%1% is more than 100%; a rate is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type one number, or low / base / high separated by slashes.</source>
        <translation>Type one number, or low / base / high separated by slashes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Low must not be above base, nor base above high (“%1”).</source>
        <translation>Low must not be above base, nor base above high (“%1”).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a week number; type weeks from 1, e.g. 2, 4.</source>
        <translation>“%1” is not a week number; type weeks from 1, e.g. 2, 4.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::AboutDialog</name>
    <message>
        <location filename="../ui/views/aboutdialog.cpp" line="+49"/>
        <source>&lt;h3&gt;Funnelcast %1&lt;/h3&gt;&lt;p&gt;Plan social-media campaigns: channels, creator deals and budgets, with forecasts that show their uncertainty. Plans stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Funnelcast %1&lt;/h3&gt;&lt;p&gt;Plan social-media campaigns: channels, creator deals and budgets, with forecasts that show their uncertainty. Plans stay on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h4&gt;Built with&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (run time %2), used under the GNU Lesser General Public License version 3 (LGPL-3.0); Qt Charts under the GNU General Public License version 3.&lt;/li&gt;&lt;li&gt;SQLite %3, in the public domain.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h4&gt;Built with&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (run time %2), used under the GNU Lesser General Public License version 3 (LGPL-3.0); Qt Charts under the GNU General Public License version 3.&lt;/li&gt;&lt;li&gt;SQLite %3, in the public domain.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;Sources of the default assumptions&lt;/h4&gt;&lt;p&gt;New channels and creator deals start from published benchmarks; every default stays editable and shows its source in the editor.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Sources of the default assumptions&lt;/h4&gt;&lt;p&gt;New channels and creator deals start from published benchmarks; every default stays editable and shows its source in the editor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>About Funnelcast</source>
        <translation>About Funnelcast</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ActualsImportDialog</name>
    <message>
        <location filename="../ui/views/actualsimportdialog.cpp" line="+54"/>
        <source>Import Actuals</source>
        <translation>Import Actuals</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ad platform the file was exported from. Detected from the column names; choose another if the file fits several.</source>
        <translation>The ad platform the file was exported from. Detected from the column names; choose another if the file fits several.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan channel</source>
        <translation>Plan channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a channel…</source>
        <translation>Choose a channel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paid channel of the plan whose spend and orders these rows report.</source>
        <translation>The paid channel of the plan whose spend and orders these rows report.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the rows that can be read and leave out the ones with errors (an impossible date, text in a number column, a negative amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import problem</source>
        <translation>Import problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign / ad</source>
        <translation>Campaign / ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First rows as they will be imported:</source>
        <translation>First rows as they will be imported:</translation>
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
        <translation>Naver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kakao</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV</source>
        <translation>Generic CSV</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected: %1. The columns also fit %2; choose the platform the file came from if that is wrong.</source>
        <translation>Detected: %1. The columns also fit %2; choose the platform the file came from if that is wrong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as %1</source>
        <translation>Read as %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (named in the file)</source>
        <translation>%1 (named in the file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the file names none: taken to be the plan&apos;s)</source>
        <translation>%1 (the file names none: taken to be the plan&apos;s)</translation>
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
            <numerusform>%n row, of which %1 cannot be read</numerusform>
            <numerusform>%n rows, of which %1 cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>&amp;Skip the %n row(s) with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The first of them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario on screen has no paid channel to attach actuals to; add one on the Paid channels tab first.</source>
        <translation>The scenario on screen has no paid channel to attach actuals to; add one on the Paid channels tab first.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Another import is still running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the rows to the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Importing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The import was cancelled; nothing was written to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ActualsImportJob</name>
    <message>
        <location filename="../ui/document/actualsimportjob.cpp" line="+90"/>
        <source>Not enough memory to import %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ActualsPanel</name>
    <message>
        <location filename="../ui/views/actualspanel.cpp" line="+99"/>
        <location line="+324"/>
        <source>&amp;Apply to Channel</source>
        <translation>&amp;Apply to Channel</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cha&amp;nnel:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Actuals…</source>
        <translation>&amp;Import Actuals…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a CSV export from Meta, Google Ads, TikTok, Naver or Kakao (Ctrl+I)</source>
        <translation>Import a CSV export from Meta, Google Ads, TikTok, Naver or Kakao (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import what the ad platforms report to see how the campaign is pacing against the plan, and to calibrate the plan&apos;s assumptions from real results.</source>
        <translation>Import what the ad platforms report to see how the campaign is pacing against the plan, and to calibrate the plan&apos;s assumptions from real results.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use File › Import Actuals… (Ctrl+I), or drop a CSV export from Meta, Google Ads, TikTok, Naver or Kakao on this window.</source>
        <translation>Use File › Import Actuals… (Ctrl+I), or drop a CSV export from Meta, Google Ads, TikTok, Naver or Kakao on this window.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actuals yet</source>
        <translation>No actuals yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Actuals…</source>
        <translation>Import Actuals…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan vs actual by week</source>
        <translation>Plan vs actual by week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned spend</source>
        <translation>Planned spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual spend</source>
        <translation>Actual spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend pacing</source>
        <translation>Spend pacing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned orders</source>
        <translation>Planned orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual orders</source>
        <translation>Actual orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders pacing</source>
        <translation>Orders pacing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spend to date as a share of the spend planned to date</source>
        <translation>Spend to date as a share of the spend planned to date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to date as a share of the orders forecast to date</source>
        <translation>Orders to date as a share of the orders forecast to date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed assumptions</source>
        <translation>Proposed assumptions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (low / base / high)</source>
        <translation>Now (low / base / high)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed (low / base / high)</source>
        <translation>Proposed (low / base / high)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the channel&apos;s assumptions with the estimates that could be made (one step: Ctrl+Z restores them)</source>
        <translation>Replace the channel&apos;s assumptions with the estimates that could be made (one step: Ctrl+Z restores them)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Week by week</source>
        <translation>&amp;Week by week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;libration</source>
        <translation>Ca&amp;libration</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+31"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (outside the plan)</source>
        <translation>%1 (outside the plan)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose one channel above to estimate its assumptions from its actuals.</source>
        <translation>Choose one channel above to estimate its assumptions from its actuals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimating from the actuals of “%1”…</source>
        <translation>Estimating from the actuals of “%1”…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Apply to “%1”</source>
        <translation>&amp;Apply to “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>From %n week(s) with actuals (%1 of them complete). Ranges are the P10–P90 of a bootstrap over the weeks.</source>
        <translation>
            <numerusform>From %n week with actuals (%1 complete). Ranges are the P10–P90 of a bootstrap over the weeks.</numerusform>
            <numerusform>From %n weeks with actuals (%1 of them complete). Ranges are the P10–P90 of a bootstrap over the weeks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders ÷ clicks, spread over the funnel stages keeping the plan&apos;s proportions</source>
        <translation>Orders ÷ clicks, spread over the funnel stages keeping the plan&apos;s proportions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Least squares on weekly spend and impressions; applied as audience = K ÷ max weekly frequency</source>
        <translation>Least squares on weekly spend and impressions; applied as audience = K ÷ max weekly frequency</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least squares on weekly spend and impressions; applied as max weekly frequency = K ÷ audience</source>
        <translation>Least squares on weekly spend and impressions; applied as max weekly frequency = K ÷ audience</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least squares on weekly spend and impressions; applied as audience = K at 1 impression per person a week</source>
        <translation>Least squares on weekly spend and impressions; applied as audience = K at 1 impression per person a week</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fitted together with K: the price before saturation</source>
        <translation>Fitted together with K: the price before saturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend ÷ impressions × 1,000</source>
        <translation>Spend ÷ impressions × 1,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicks ÷ impressions</source>
        <translation>Clicks ÷ impressions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-order rate</source>
        <translation>Click-to-order rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders ÷ clicks (applied through the three stages below)</source>
        <translation>Orders ÷ clicks (applied through the three stages below)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View rate</source>
        <translation>View rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cart rate</source>
        <translation>Cart rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase rate</source>
        <translation>Purchase rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV</source>
        <translation>AOV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue ÷ orders</source>
        <translation>Revenue ÷ orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly capacity K</source>
        <translation>Weekly capacity K</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not applied: the other funnel stages could not be estimated.</source>
        <translation>Not applied: the other funnel stages could not be estimated.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not estimated</source>
        <translation>not estimated</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Calibrate “%1” from actuals</source>
        <translation>Calibrate “%1” from actuals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied to “%1”. Undo (Ctrl+Z) restores the previous assumptions.</source>
        <translation>Applied to “%1”. Undo (Ctrl+Z) restores the previous assumptions.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::AllocationDonut</name>
    <message>
        <location filename="../ui/charts/allocationdonut.cpp" line="+17"/>
        <source>Allocation chart</source>
        <translation>Allocation chart</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::CurveMarksChart</name>
    <message>
        <location filename="../ui/charts/curvemarkschart.cpp" line="+24"/>
        <source>Current</source>
        <translation type="unfinished">Current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation type="unfinished">Proposed</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FlightingEditor</name>
    <message>
        <location filename="../ui/views/flightingeditor.cpp" line="+79"/>
        <source>Weekly weight</source>
        <translation>Weekly weight</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>How the selected channel&apos;s spend is spread over the weeks: a pattern, or custom weights typed per week.</source>
        <translation>How the selected channel&apos;s spend is spread over the weeks: a pattern, or custom weights typed per week.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flighting pattern of the selected channel</source>
        <translation>Flighting pattern of the selected channel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>Make Custom</source>
        <translation>Make Custom</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Turn the selected channel&apos;s pattern into weekly weights you can type; its weekly shares stay as they are.</source>
        <translation>Turn the selected channel&apos;s pattern into weekly weights you can type; its weekly shares stay as they are.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Fill Down</source>
        <translation>Fill Down</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Copy the top selected week&apos;s weight to the selected weeks below it (Ctrl+D).</source>
        <translation>Copy the top selected week&apos;s weight to the selected weeks below it (Ctrl+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Spread Evenly</source>
        <translation>Spread Evenly</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Give the selected weeks equal weights with the same total, so they keep their share of the spend between them.</source>
        <translation>Give the selected weeks equal weights with the same total, so they keep their share of the spend between them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copy the selected weeks (Ctrl+C).</source>
        <translation>Copy the selected weeks (Ctrl+C).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Paste numbers copied from a spreadsheet: one week per line, channels separated by tabs (Ctrl+V).</source>
        <translation>Paste numbers copied from a spreadsheet: one week per line, channels separated by tabs (Ctrl+V).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set to 0</source>
        <translation>Set to 0</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Weekly flighting of the paid channels</source>
        <translation>Weekly flighting of the paid channels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per week, one column per paid channel. Custom columns hold weights: a week&apos;s share of the spend is its weight divided by the sum of the column.</source>
        <translation>One row per week, one column per paid channel. Custom columns hold weights: a week&apos;s share of the spend is its weight divided by the sum of the column.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom columns hold weekly weights (right); the grey figure is the week&apos;s share of the channel&apos;s spend, its weight divided by the column&apos;s sum. Paste a column of numbers from a spreadsheet with Ctrl+V.</source>
        <translation>Custom columns hold weekly weights (right); the grey figure is the week&apos;s share of the channel&apos;s spend, its weight divided by the column&apos;s sum. Paste a column of numbers from a spreadsheet with Ctrl+V.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem with the flighting typed</source>
        <translation>Problem with the flighting typed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about the flighting</source>
        <translation>Note about the flighting</translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>The plan is now %n week(s) long, and the custom weights follow it: weeks added at the end start at weight 0 (nothing spent until you type a weight), weeks cut off are dropped. Undo brings back the length and the weights before.</source>
        <translation>
            <numerusform>The plan is now %n week long, and the custom weights follow it: weeks added at the end start at weight 0 (nothing spent until you type a weight), weeks cut off are dropped. Undo brings back the length and the weights before.</numerusform>
            <numerusform>The plan is now %n weeks long, and the custom weights follow it: weeks added at the end start at weight 0 (nothing spent until you type a weight), weeks cut off are dropped. Undo brings back the length and the weights before.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Flighting of “%1”:</source>
        <translation>Flighting of “%1”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flighting:</source>
        <translation>Flighting:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This scenario has no paid channels yet; add one above to plan its weeks.</source>
        <translation>This scenario has no paid channels yet; add one above to plan its weeks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This scenario has no paid channels yet</source>
        <translation>This scenario has no paid channels yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” follows the %2 pattern; click “Make Custom” to type your own weekly weights, starting from the pattern&apos;s shares.</source>
        <translation>“%1” follows the %2 pattern; click “Make Custom” to type your own weekly weights, starting from the pattern&apos;s shares.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FlightingModel</name>
    <message>
        <location filename="../ui/models/flightingmodel.cpp" line="+170"/>
        <source>Week %1 (%2)</source>
        <translation>Week %1 (%2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1, “%2”: weight %3, so %4 of the channel&apos;s spend (%5).</source>
        <translation>%1, “%2”: weight %3, so %4 of the channel&apos;s spend (%5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, “%2”: %3 of the spend (%4) from the %5 pattern. Make the column custom to type your own weights.</source>
        <translation>%1, “%2”: %3 of the spend (%4) from the %5 pattern. Make the column custom to type your own weights.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weight %1, %2 of the spend</source>
        <translation>weight %1, %2 of the spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the spend, %2 pattern</source>
        <translation>%1 of the spend, %2 pattern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1, from %2</source>
        <translation>Week %1, from %2</translation>
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
        <translation>“%1” has custom weekly weights: a week&apos;s share of the spend is its weight divided by the sum of all the weeks&apos; weights.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” follows the %2 pattern; make it custom to type your own weekly weights.</source>
        <translation>“%1” follows the %2 pattern; make it custom to type your own weekly weights.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 flighting</source>
        <translation>%1, %2 flighting</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1, “%2”: %3</source>
        <translation>%1, “%2”: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a number; type a weight of 0 or more, such as 1 or 2.5.</source>
        <translation>“%1” is not a number; type a weight of 0 or more, such as 1 or 2.5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is negative; a weight is 0 or more (0 spends nothing that week).</source>
        <translation>“%1” is negative; a weight is 0 or more (0 spends nothing that week).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is too large; weights only count relative to each other, so type smaller numbers such as 1 to 100.</source>
        <translation>“%1” is too large; weights only count relative to each other, so type smaller numbers such as 1 to 100.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, “%2”: at least one week needs a weight above zero, or the channel would spend nothing; type a weight above 0 in some week.</source>
        <translation>%1, “%2”: at least one week needs a weight above zero, or the channel would spend nothing; type a weight above 0 in some week.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” follows a pattern; make its column custom to type weekly weights.</source>
        <translation>“%1” follows a pattern; make its column custom to type weekly weights.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the week %1 weight of “%2”</source>
        <translation>Change the week %1 weight of “%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the flighting of “%1” custom</source>
        <translation>Make the flighting of “%1” custom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the flighting of “%1” to %2</source>
        <translation>Change the flighting of “%1” to %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nothing to paste: copy numbers, one week per line, first.</source>
        <translation>There is nothing to paste: copy numbers, one week per line, first.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select the week and channel where the pasted numbers should start.</source>
        <translation>Select the week and channel where the pasted numbers should start.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The pasted numbers cover %n week(s), but the plan has only %1 from %2; paste higher up or make the plan longer in Plan setup.</source>
        <translation>
            <numerusform>The pasted numbers cover %n week, but the plan has only %1 from %2; paste higher up or make the plan longer in Plan setup.</numerusform>
            <numerusform>The pasted numbers cover %n weeks, but the plan has only %1 from %2; paste higher up or make the plan longer in Plan setup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The pasted numbers cover %n channel(s), but there are only %1 from “%2” on; paste further left.</source>
        <translation>
            <numerusform>The pasted numbers cover %n channel, but there are only %1 from “%2” on; paste further left.</numerusform>
            <numerusform>The pasted numbers cover %n channels, but there are only %1 from “%2” on; paste further left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Paste %n weekly weight(s)</source>
        <translation>
            <numerusform>Paste %n weekly weight</numerusform>
            <numerusform>Paste %n weekly weights</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select a week with a weight and the weeks below it to fill down.</source>
        <translation>Select a week with a weight and the weeks below it to fill down.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill down weekly weights</source>
        <translation>Fill down weekly weights</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the weeks to spread evenly.</source>
        <translation>Select the weeks to spread evenly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread weekly weights evenly</source>
        <translation>Spread weekly weights evenly</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear weekly weights</source>
        <translation>Clear weekly weights</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ForecastPanel</name>
    <message>
        <location filename="../ui/views/forecastpanel.cpp" line="+53"/>
        <source>Media spend</source>
        <translation>Media spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid-media spend of the scenario.</source>
        <translation>Paid-media spend of the scenario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media spend plus creator fees and content production.</source>
        <translation>Media spend plus creator fees and content production.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>All orders the campaign causes, including those that land after its last week.</source>
        <translation>All orders the campaign causes, including those that land after its last week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue</source>
        <translation>Gross revenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders times average order value.</source>
        <translation>Orders times average order value.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross revenue after returns, selling fees and creator commissions.</source>
        <translation>Gross revenue after returns, selling fees and creator commissions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross revenue per unit of total cost.</source>
        <translation>Gross revenue per unit of total cost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per order</source>
        <translation>Cost per order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total cost divided by orders.</source>
        <translation>Total cost divided by orders.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net revenue times the product margin, minus total cost.</source>
        <translation>Net revenue times the product margin, minus total cost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distinct people reached, combined over all channels.</source>
        <translation>Distinct people reached, combined over all channels.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Weekly orders</source>
        <translation>Weekly orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly gross revenue</source>
        <translation>Weekly gross revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart shows</source>
        <translation>Chart shows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the weekly charts show</source>
        <translation>What the weekly charts show</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing ranges</source>
        <translation>Computing ranges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Forecast&lt;/b&gt;</source>
        <translation>&lt;b&gt;Forecast&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Funnel of</source>
        <translation>Funnel of</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funnel &amp;of:</source>
        <translation>Funnel &amp;of:</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Forecast charts</source>
        <translation>Forecast charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s weekly total: base line over the P10–P90 band</source>
        <translation>The plan&apos;s weekly total: base line over the P10–P90 band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weekly base forecast stacked by channel</source>
        <translation>The weekly base forecast stacked by channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions to orders, with the conversion rate of each step</source>
        <translation>Impressions to orders, with the conversion rate of each step</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This scenario</source>
        <translation>This scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare scenarios</source>
        <translation>Compare scenarios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>computing P10–P90 ranges…</source>
        <translation>computing P10–P90 ranges…</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>No forecast: %1</source>
        <translation>No forecast: %1</translation>
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
        <translation>range: computing…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>fixed by the plan</source>
        <translation>fixed by the plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no orders</source>
        <translation>no orders</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Gross revenue (%1)</source>
        <translation>Gross revenue (%1)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (creator)</source>
        <translation>%1 (creator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (organic)</source>
        <translation>%1 (organic)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Funnel of the whole plan (base forecast)</source>
        <translation>Funnel of the whole plan (base forecast)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funnel of %1 (base forecast)</source>
        <translation>Funnel of %1 (base forecast)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FrontierChart</name>
    <message>
        <location filename="../ui/charts/frontierchart.cpp" line="+16"/>
        <source>Efficient frontier chart</source>
        <translation>Efficient frontier chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best value</source>
        <translation>Best value</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Run the optimizer to see the frontier</source>
        <translation>Run the optimizer to see the frontier</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::FunnelChart</name>
    <message>
        <location filename="../ui/charts/funnelchart.cpp" line="+33"/>
        <source>Funnel chart</source>
        <translation>Funnel chart</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product views</source>
        <translation>Product views</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add-to-carts</source>
        <translation>Add-to-carts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (%3 of the previous stage)</source>
        <translation>%1: %2 (%3 of the previous stage)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+60"/>
        <source>from previous stage</source>
        <translation>from previous stage</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemColumn</name>
    <message>
        <location filename="../ui/models/itemcolumn.cpp" line="+73"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front-loaded</source>
        <translation>Front-loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back-loaded</source>
        <translation>Back-loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulsed</source>
        <translation>Pulsed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose even, front-loaded, back-loaded, pulsed or custom.</source>
        <translation>Choose even, front-loaded, back-loaded, pulsed or custom.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemDelegate</name>
    <message>
        <location filename="../ui/views/itemdelegate.cpp" line="+50"/>
        <source>base, or low / base / high</source>
        <translation>base, or low / base / high</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemDetailPanel</name>
    <message>
        <location filename="../ui/views/itemdetailpanel.cpp" line="+51"/>
        <source>Low (P10)</source>
        <translation>Low (P10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High (P90)</source>
        <translation>High (P90)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pessimistic value: 1 in 10 chance of being lower. Leave low and high empty for a fixed value.</source>
        <translation>A pessimistic value: 1 in 10 chance of being lower. Leave low and high empty for a fixed value.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An optimistic value: 1 in 10 chance of being higher.</source>
        <translation>An optimistic value: 1 in 10 chance of being higher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Front-loaded</source>
        <translation>Front-loaded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-loaded</source>
        <translation>Back-loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulsed</source>
        <translation>Pulsed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekly Weights…</source>
        <translation>Weekly Weights…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the week-by-week flighting of the paid channels, where custom weights are typed or pasted.</source>
        <translation>Show the week-by-week flighting of the paid channels, where custom weights are typed or pasted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly weights</source>
        <translation>Weekly weights</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Problem with the value typed</source>
        <translation>Problem with the value typed</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a row to see all its fields</source>
        <translation>Select a row to see all its fields</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Change %1 of “%2”</source>
        <translation>Change %1 of “%2”</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/models/itemtablemodel.cpp" line="+93"/>
        <source>Type one number, or low / base / high for a range (10th, 50th and 90th percentile).</source>
        <translation>Type one number, or low / base / high for a range (10th, 50th and 90th percentile).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1”, %2: %3</source>
        <translation>“%1”, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 of “%2”</source>
        <translation>Change %1 of “%2”</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ItemsPage</name>
    <message>
        <location filename="../ui/views/itemspage.cpp" line="+30"/>
        <source>paid channel</source>
        <translation>paid channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>creator deal</source>
        <translation>creator deal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organic stream</source>
        <translation>organic stream</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Table of %1s</source>
        <translation>Table of %1s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a %1</source>
        <translation>Add a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected %1</source>
        <translation>Copy the selected %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected %1 (undo brings it back)</source>
        <translation>Delete the selected %1 (undo brings it back)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a %1; the arrow prefills it from a platform&apos;s typical numbers</source>
        <translation>Add a %1; the arrow prefills it from a platform&apos;s typical numbers</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly Flighting</source>
        <translation>&amp;Weekly Flighting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each paid channel&apos;s spend is spread over the plan&apos;s weeks: patterns, or custom weights per week.</source>
        <translation>How each paid channel&apos;s spend is spread over the plan&apos;s weeks: patterns, or custom weights per week.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Prefilled with typical %1 numbers. Source: %2</source>
        <translation>Prefilled with typical %1 numbers. Source: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/mainwindow.cpp" line="+58"/>
        <source>Funnelcast plans (*.fcplan)</source>
        <translation>Funnelcast plans (*.fcplan)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid &amp;channels</source>
        <translation>Paid &amp;channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reators</source>
        <translation>C&amp;reators</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organic</source>
        <translation>&amp;Organic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Actuals</source>
        <translation>&amp;Actuals</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;opened plan&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>&amp;New Plan</source>
        <translation>&amp;New Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty plan</source>
        <translation>Start an empty plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from &amp;Demo Plan</source>
        <translation>New from &amp;Demo Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a plan from the built-in example</source>
        <translation>Start a plan from the built-in example</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a plan file</source>
        <translation>Open a plan file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the plan to a file of your choice and continue there</source>
        <translation>Copy the plan to a file of your choice and continue there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan as &amp;JSON…</source>
        <translation>Plan as &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan in the JSON interchange format</source>
        <translation>Write the plan in the JSON interchange format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Actuals…</source>
        <translation>&amp;Import Actuals…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import what Meta, Google Ads, TikTok, Naver or Kakao reported (a CSV export)</source>
        <translation>Import what Meta, Google Ads, TikTok, Naver or Kakao reported (a CSV export)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;PDF Report…</source>
        <translation>&amp;PDF Report…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast &amp;CSV…</source>
        <translation>Forecast &amp;CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Forecast CSV</source>
        <translation>Export Forecast CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Export the Forecast</source>
        <translation>Could Not Export the Forecast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Paid &amp;Channel</source>
        <translation>Add Paid &amp;Channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add C&amp;reator Deal</source>
        <translation>Add C&amp;reator Deal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Organic Stream</source>
        <translation>Add &amp;Organic Stream</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Scenario</source>
        <translation>&amp;Add Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Scenario</source>
        <translation>&amp;Duplicate Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Rename Scenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Scenario</source>
        <translation>De&amp;lete Scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo &amp;History</source>
        <translation>Undo &amp;History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interface language changes to %1 the next time Funnelcast starts.</source>
        <translation>The interface language changes to %1 the next time Funnelcast starts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Funnelcast</source>
        <translation>&amp;About Funnelcast</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could Not Save the Change</source>
        <translation>Could Not Save the Change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Could Not Open the Plan</source>
        <translation>Could Not Open the Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not enough memory to open %1.</source>
        <translation>Not enough memory to open %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could Not Open the Demo Plan</source>
        <translation>Could Not Open the Demo Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could Not Create a Plan</source>
        <translation>Could Not Create a Plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Plan</source>
        <translation>Open Plan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Plan As</source>
        <translation>Save Plan As</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Save the Plan</source>
        <translation>Could Not Save the Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Plan as JSON</source>
        <translation>Export Plan as JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan JSON (*.json)</source>
        <translation>Plan JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Export</source>
        <translation>Could Not Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Actuals</source>
        <translation>Import Actuals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-platform exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Ad-platform exports (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n new row(s) into “%1”</source>
        <translation>
            <numerusform>Imported %n new row into “%1”</numerusform>
            <numerusform>Imported %n new rows into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n row(s) were already in the plan</source>
        <translation>
            <numerusform>; %n row was already in the plan</numerusform>
            <numerusform>; %n rows were already in the plan</numerusform>
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
        <translation>Not yet saved to a file of your own — every change is kept; use Save As to choose where the plan lives</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No recent plans</source>
        <translation>No recent plans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::MessageBar</name>
    <message>
        <location filename="../ui/views/messagebar.cpp" line="+28"/>
        <source>Why the last edit was refused</source>
        <translation>Why the last edit was refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::OptimizerPanel</name>
    <message>
        <location filename="../ui/views/optimizerpanel.cpp" line="+78"/>
        <source>R&amp;un Optimizer</source>
        <translation>R&amp;un Optimizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply as &amp;New Scenario</source>
        <translation>Apply as &amp;New Scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Bud&amp;get</source>
        <translation>Find Bud&amp;get</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget to optimize</source>
        <translation>Budget to optimize</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target value</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+223"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Min spend</source>
        <translation>Min spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max spend</source>
        <translation>Max spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current spend</source>
        <translation>Current spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed spend</source>
        <translation>Proposed spend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed value</source>
        <translation>Proposed value</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goal seek, target:</source>
        <translation>Goal seek, target:</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposed split</source>
        <translation>Proposed split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current split of %1</source>
        <translation>Current split of %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 now: %2. Proposed: %3 (%4%5).</source>
        <translation>%1 now: %2. Proposed: %3 (%4%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lift %1%.</source>
        <translation>Lift %1%.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 optimized</source>
        <translation>%1 optimized</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply optimized allocation as “%1”</source>
        <translation>Apply optimized allocation as “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A budget of %1 reaches %2 %3 (best split: %4).</source>
        <translation>A budget of %1 reaches %2 %3 (best split: %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is out of reach: the most this scenario can give is %3, at a budget of %4.</source>
        <translation>%1 %2 is out of reach: the most this scenario can give is %3, at a budget of %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 is out of reach: more budget only approaches %3.</source>
        <translation>%1 %2 is out of reach: more budget only approaches %3.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::PacingChart</name>
    <message>
        <location filename="../ui/charts/pacingchart.cpp" line="+58"/>
        <source>Pacing chart: cumulative planned and actual spend and orders</source>
        <translation>Pacing chart: cumulative planned and actual spend and orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend</source>
        <translation>Planned spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual spend</source>
        <translation>Actual spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned orders</source>
        <translation>Planned orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual orders</source>
        <translation>Actual orders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend to date</source>
        <translation>Spend to date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders to date</source>
        <translation>Orders to date</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::PlanDocument</name>
    <message>
        <location filename="../ui/document/plandocument.cpp" line="+123"/>
        <source>The demo plan is missing from this build of Funnelcast.</source>
        <translation>The demo plan is missing from this build of Funnelcast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled plan</source>
        <translation>Untitled plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A scenario needs a name.</source>
        <translation>A scenario needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a scenario called “%1”; choose another name.</source>
        <translation>There is already a scenario called “%1”; choose another name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every %1 needs a name.</source>
        <translation>Every %1 needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario “%1” already has a %2 called “%3”; choose another name.</source>
        <translation>Scenario “%1” already has a %2 called “%3”; choose another name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paid channel</source>
        <translation>paid channel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creator deal</source>
        <translation>creator deal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organic stream</source>
        <translation>organic stream</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1”, %2: the number is too large.</source>
        <translation>“%1”, %2: the number is too large.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenario “%1”, budget: the number is too large.</source>
        <translation>Scenario “%1”, budget: the number is too large.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan needs a name.</source>
        <translation>The plan needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target population: the number is too large.</source>
        <translation>Target population: the number is too large.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan needs at least one scenario.</source>
        <translation>A plan needs at least one scenario.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Scenario “%1”, “%2”: its custom flighting spends nothing in the first %n week(s); give one of them a weight before shortening the plan.</source>
        <translation>
            <numerusform>Scenario “%1”, “%2”: its custom flighting spends nothing in the first %n week; give one of them a weight before shortening the plan.</numerusform>
            <numerusform>Scenario “%1”, “%2”: its custom flighting spends nothing in the first %n weeks; give one of them a weight before shortening the plan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A plan needs at least one scenario; add another before deleting this one.</source>
        <translation>A plan needs at least one scenario; add another before deleting this one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete scenario “%1”</source>
        <translation>Delete scenario “%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename scenario “%1” to “%2”</source>
        <translation>Rename scenario “%1” to “%2”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change the budget of “%1”</source>
        <translation>Change the budget of “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wait for the actuals import to finish (or cancel it) before saving a copy of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not enough memory to save the change.</source>
        <translation>Not enough memory to save the change.</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::PlanSetupPage</name>
    <message>
        <location filename="../ui/views/plansetuppage.cpp" line="+46"/>
        <source>The plan&apos;s name, shown in the title bar and on reports.</source>
        <translation>The plan&apos;s name, shown in the title bar and on reports.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan name</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic: the channels&apos; audiences and followers</source>
        <translation>automatic: the channels&apos; audiences and followers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60%</source>
        <translation>e.g. 60%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sum of the channels&apos; spends</source>
        <translation>the sum of the channels&apos; spends</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem with the value typed</source>
        <translation type="unfinished">Problem with the value typed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan &amp;name:</source>
        <translation>Plan &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>C&amp;urrency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;week (Monday):</source>
        <translation>Start &amp;week (Monday):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get population:</source>
        <translation>Tar&amp;get population:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product &amp;margin:</source>
        <translation>Product &amp;margin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid-media bu&amp;dget:</source>
        <translation>Paid-media bu&amp;dget:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&lt;b&gt;Scenario “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scenario “%1”&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n paid channel(s) spending %1, %2 creator deal(s), %3 organic stream(s).</source>
        <translation>
            <numerusform>%n paid channel spending %1, %2 creator deal, %3 organic stream.</numerusform>
            <numerusform>%n paid channels spending %1, %2 creator deals, %3 organic streams.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The channels spend %1 more than the budget.</source>
        <translation>The channels spend %1 more than the budget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the budget is not yet given to a channel.</source>
        <translation>%1 of the budget is not yet given to a channel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The campaign starts on a Monday; %1 is a %2.</source>
        <translation>The campaign starts on a Monday; %1 is a %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ResponseCurveChart</name>
    <message>
        <location filename="../ui/charts/responsecurvechart.cpp" line="+18"/>
        <source>Response curve chart</source>
        <translation>Response curve chart</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Response of %1</source>
        <translation>Response of %1</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ScenarioBar</name>
    <message>
        <location filename="../ui/views/scenariobar.cpp" line="+31"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an empty scenario</source>
        <translation>Add an empty scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy this scenario to try changes on it</source>
        <translation>Copy this scenario to try changes on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this scenario</source>
        <translation>Rename this scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this scenario (undo brings it back)</source>
        <translation>Delete this scenario (undo brings it back)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenar&amp;io:</source>
        <translation>Scenar&amp;io:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The scenario shown and edited; each scenario is a variant of the plan</source>
        <translation>The scenario shown and edited; each scenario is a variant of the plan</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add scenario “%1”</source>
        <translation>Add scenario “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate scenario “%1”</source>
        <translation>Duplicate scenario “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename Scenario</source>
        <translation>Rename Scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ScenarioComparison</name>
    <message>
        <location filename="../ui/views/scenariocomparison.cpp" line="+45"/>
        <source>Scenario comparison</source>
        <translation>Scenario comparison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base forecasts with their P10–P90 range once the draws are done; below each figure, the difference from the first scenario.</source>
        <translation>Base forecasts with their P10–P90 range once the draws are done; below each figure, the difference from the first scenario.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Media spend</source>
        <translation>Media spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross revenue</source>
        <translation>Gross revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net revenue</source>
        <translation>Net revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per order</source>
        <translation>Cost per order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Spend: %1</source>
        <translation>Spend: %1</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::ScenarioWeeklyChart</name>
    <message>
        <location filename="../ui/charts/scenarioweeklychart.cpp" line="+20"/>
        <source>Weekly orders per scenario</source>
        <translation>Weekly orders per scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly orders</source>
        <translation>Weekly orders</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::StackedWeeklyChart</name>
    <message>
        <location filename="../ui/charts/stackedweeklychart.cpp" line="+36"/>
        <source>Weekly forecast by channel</source>
        <translation>Weekly forecast by channel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, week of %2: %3</source>
        <translation>%1, week of %2: %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Other (%1 channels)</source>
        <translation>Other (%1 channels)</translation>
    </message>
</context>
<context>
    <name>funnelcast::ui::WeeklyBandChart</name>
    <message>
        <location filename="../ui/charts/weeklybandchart.cpp" line="+25"/>
        <source>Weekly forecast chart</source>
        <translation>Weekly forecast chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P10–P90 range</source>
        <translation>P10–P90 range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
</context>
</TS>
