//! Every piece of interface text, in Danish and English, and number
//! formatting per language. Components never hold literal text.

use crate::core::text::number::InputError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}

/// Declares every message once: the `Msg` enum, `Msg::ALL`, and the Danish
/// and English text of each, so no message can lack a translation.
macro_rules! messages {
    (
        calculator { $($c:ident => ($cda:expr, $cen:expr $(,)?)),* $(,)? }
        agreement { $($a:ident => ($ada:expr, $aen:expr $(,)?)),* $(,)? }
    ) => {
        /// A piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg {
            $($c,)*
            $(#[cfg(feature = "reading")] $a,)*
        }

        impl Msg {
            /// Every message, for tests that check translations.
            pub const ALL: &'static [Msg] = &[$(Msg::$c,)* $(#[cfg(feature = "reading")] Msg::$a,)*];

            pub fn text(self, lang: Lang) -> &'static str {
                // A table, not a match: less code in the wasm.
                const TEXTS: &[[&str; 2]] = &[
                    $([$cda, $cen],)*
                    $(#[cfg(feature = "reading")] [$ada, $aen],)*
                ];
                TEXTS[self as usize][lang as usize]
            }
        }
    };
}

messages! {
    calculator {
        AppTitle => ("Fleksjob-beregneren", "The fleksjob calculator"),
        AppIntro => (
            "Se hvad løn og fleksløntilskud giver om måneden ved et givet antal lønnede timer.",
            "See what wage and flex-wage subsidy (fleksløntilskud) come to per month for a number of paid hours.",
        ),
        PrivacyNote => (
            "Alt regnes ud i din browser; intet sendes. Kun denne fane husker, hvad du skriver, til du lukker den. Ellers gemmer browseren kun appens filer.",
            "Everything is calculated in your browser; nothing is sent. Only this tab remembers what you type, until you close it. Otherwise the browser keeps only the app's files.",
        ),
        InputsHeading => ("Dit fleksjob", "Your fleksjob"),
        Year => ("År (satser)", "Year (rates)"),
        HourlyWage => ("Timeløn (kr.)", "Hourly wage (kr)"),
        HourlyWageHint => (
            "Bruttotimeløn inkl. din egen pension. Fx 200 eller 187,50.",
            "Gross hourly wage including your own pension. E.g. 200 or 187.50.",
        ),
        PensionEmployer => ("Arbejdsgivers pension (%)", "Employer's pension (%)"),
        PensionEmployerHint => (
            "Procent af lønnen, som arbejdsgiveren indbetaler oveni. Tom = 0.",
            "Percent of the wage the employer pays in on top. Empty = 0.",
        ),
        PensionEmployee => ("Din egen pension (%)", "Your own pension (%)"),
        PensionEmployeeHint => (
            "Procent af lønnen, der trækkes til din pension. Den er allerede med i timelønnen.",
            "Percent of the wage that goes to your pension. It is already inside the hourly wage.",
        ),
        PaidHours => ("Lønnede timer pr. uge", "Paid hours per week"),
        PaidHoursHint => (
            "De timer arbejdsgiveren betaler for. Decimaler er fine, fx 12,5.",
            "The hours the employer pays for. Decimals are fine, e.g. 12.5.",
        ),
        FulltimeHours => ("Fuldtid, timer pr. uge", "Full time, hours per week"),
        FulltimeHoursHint => (
            "Normalt 37 timer, hvis overenskomsten ikke siger andet.",
            "Usually 37 hours unless the collective agreement says otherwise.",
        ),
        FulltimeWage => ("Timeløn ved fuldtid (kr.)", "Full-time hourly wage (kr)"),
        FulltimeWageHint => (
            "Stillingens timeløn på fuld tid inkl. tillæg. Tom = samme som din timeløn.",
            "The position's full-time hourly wage incl. allowances. Empty = same as your hourly wage.",
        ),
        RatesHeading => ("Satser", "Rates"),
        MaxSubsidyOverride => ("Maksimalt tilskud pr. måned (kr.)", "Maximum subsidy per month (kr)"),
        TaperThreshold => ("Aftrapningsgrænse", "Taper threshold"),
        TaperThresholdOverride => ("Aftrapningsgrænse pr. måned (kr.)", "Taper threshold per month (kr)"),
        OverrideHint => (
            "Tom = årets sats. Kender kommunen en anden sats, så skriv den her.",
            "Empty = the year's rate. If the municipality uses another figure, enter it here.",
        ),
        Source => ("Kilde", "Source"),
        HoursHeading => ("Timer", "Hours"),
        AttendedHours => ("Fremmødte timer pr. uge", "Attended hours per week"),
        AttendedHoursHint => ("De timer, du er på arbejdspladsen.", "The hours you are at the workplace."),
        EffectiveHours => ("Effektive timer pr. uge", "Effective hours per week"),
        EffectiveHoursHint => (
            "Det arbejde, du leverer, regnet i timer for en medarbejder uden begrænsninger.",
            "The work you deliver, counted in hours of an employee without limitations.",
        ),
        TargetHours => ("Mål: lønnede timer pr. uge", "Target: paid hours per week"),
        TargetHoursHint => (
            "Det antal lønnede timer, I taler om. Tom = 2 timer mere end i dag.",
            "The paid hours you are discussing. Empty = 2 hours more than today.",
        ),
        TaxHeading => ("Skat (skøn)", "Tax (estimate)"),
        Municipality => ("Kommune", "Municipality"),
        MunicipalityAverage => ("Landsgennemsnit", "National average"),
        Church => ("Medlem af folkekirken (kirkeskat)", "Member of the Church of Denmark (church tax)"),
        SingleParent => ("Enlig forsørger (ekstra beskæftigelsesfradrag)", "Single parent (extra employment deduction)"),
        KommuneRate => ("Kommuneskat (%)", "Municipal tax (%)"),
        KommuneRateHint => ("Tom = kommunens sats for året.", "Empty = the municipality's rate for the year."),
        Ledighedsydelse => ("Ledighedsydelse pr. måned (kr.)", "Ledighedsydelse per month (kr)"),
        LedighedsydelseHint => (
            "Dit eget beløb, hvis kommunen har fastsat et andet. Tom = satsen ovenfor.",
            "Your own amount, if the municipality set another. Empty = the rate above.",
        ),
        LedighedsydelseLevel => ("Sammenlign med ledighedsydelse", "Compare with ledighedsydelse"),
        LedighedsydelseLevelHint => (
            "Til sammenligning, hvis du venter på et fleksjob.",
            "For comparison if you are waiting for a fleksjob.",
        ),
        LevelWho => ("Hvem får hvilken sats?", "Who gets which rate?"),
        LevelWhoText => (
            "89 %, hvis du ved visitationen fik eller havde ret til syge- eller barselsdagpenge, var i revalidering eller kom fra ledighedsydelse efter ustøttet arbejde (aktivloven § 74 a, stk. 2), og efter 9 måneder i fleksjob inden for 18 (stk. 4). Ellers kontanthjælp for over 30-årige, med eller uden forsørgerpligt (stk. 3). Efter fleksydelsesalderen højst 6 måneder på 89 % eller forsørgersatsen (§ 74 g, stk. 5). Kommunen afgør det.",
            "89 % if, when assessed for a fleksjob, you had or were entitled to sick or maternity pay, were in revalidering or came from ledighedsydelse after unsubsidised work (aktivloven § 74 a(2)), and after 9 months of fleksjob within 18 (§ 74 a(4)). Otherwise the cash benefit for those over 30, with or without children (§ 74 a(3)). After fleksydelse age at most 6 months at 89 % or the rate with children (§ 74 g(5)). The municipality decides.",
        ),
        LevelNone => ("Ingen sammenligning", "No comparison"),
        Level89 => ("89 % af højeste dagpenge", "89 % of top dagpenge rate"),
        LevelForsorger => ("Kontanthjælp, forsørger", "Cash benefit, with children"),
        LevelAndre => ("Kontanthjælp, ikke forsørger", "Cash benefit, no children"),
        OtherWage => ("Anden lønindtægt pr. måned (kr.)", "Other wage income per month (kr)"),
        OtherWageHint => (
            "Fx løn fra et andet job, tabt arbejdsfortjeneste eller plejevederlag, før skat. Den nedsætter tilskuddet ligesom lønnen i fleksjobbet.",
            "E.g. wage from another job, tabt arbejdsfortjeneste or plejevederlag, before tax. It reduces the subsidy like the fleksjob's wage.",
        ),
        OtherWageCounts => ("Hvad tæller som anden lønindtægt?", "What counts as other wage income?"),
        OtherWageCountsText => (
            "Tæller: løn fra andet arbejde med AM-bidrag, inkl. pension, ferietillæg og fritvalg (LAB § 123, stk. 2; BEK 227/2024 § 1), tabt arbejdsfortjeneste og plejevederlag (BEK 1806/2023 § 11). Tæller ikke: løbende pension, forsikrings- og ATP-udbetalinger, personalegoder som fri bil (Ankestyrelsen 39-19). Den indgår ikke i lønloftet, som kun gælder løn fra fleksjobbets arbejdsgiver (LAB § 123, stk. 3). Beskattes som løn.",
            "Counts: wage from other work with labour-market contribution, incl. pension, holiday allowance and free-choice payouts (LAB § 123(2); BEK 227/2024 § 1), tabt arbejdsfortjeneste and plejevederlag (BEK 1806/2023 § 11). Does not count: ongoing pensions, insurance and ATP payouts, benefits in kind such as a company car (Ankestyrelsen 39-19). It is not in the wage ceiling, which covers wage from the fleksjob's employer only (LAB § 123(3)). Taxed as wage.",
        ),
        BirthYear => ("Fødselsår", "Year of birth"),
        BirthYearHint => (
            "Frivilligt. I de 2 år før det år, du når folkepensionsalderen, får du et ekstra beskæftigelsesfradrag (fra 2026).",
            "Optional. In the 2 years before the year you reach the state pension age you get an extra employment deduction (from 2026).",
        ),
        ErrNotAYear => ("Skriv fødselsåret med fire cifre, fx 1961.", "Write the year of birth with four digits, e.g. 1961."),
        SeniorFradrag => ("Seniorfradrag sparer", "The senior deduction saves"),
        SeniorFradragApplies => (
            "Seniorfradrag {amount} om året (ekstra beskæftigelsesfradrag, ligningsloven § 9 J, stk. 5): du når folkepensionsalderen i {pension} (lov om social pension § 1 a), og fradraget gælder i {years}.",
            "Senior deduction {amount} a year (extra employment deduction, ligningsloven § 9 J(5)): you reach the state pension age in {pension} (lov om social pension § 1 a), and the deduction applies in {years}.",
        ),
        SeniorFradragNotThisYear => (
            "Intet seniorfradrag i {year}: du når folkepensionsalderen i {pension}; fradraget gælder i {years} (ligningsloven § 9 J, stk. 5, fra 2026).",
            "No senior deduction in {year}: you reach the state pension age in {pension}; the deduction applies in {years} (ligningsloven § 9 J(5), from 2026).",
        ),
        SeniorFradragNone => (
            "Intet seniorfradrag: du når folkepensionsalderen i {pension}, og fradraget findes først fra indkomståret 2026 (ligningsloven § 9 J, stk. 5).",
            "No senior deduction: you reach the state pension age in {pension}, and the deduction exists only from the income year 2026 (ligningsloven § 9 J(5)).",
        ),
        SeniorFradragUnknown => (
            "Folkepensionsalderen for dette fødselsår afhænger af fødselsdatoen: intet seniorfradrag regnet med.",
            "The state pension age for this year of birth depends on the date of birth: no senior deduction counted.",
        ),
        PaidEqualsEffective => (
            "Dine lønnede timer svarer til dine effektive timer.",
            "Your paid hours match your effective hours.",
        ),
        CompareHeading => ("I dag og mål", "Today and target"),
        ColToday => ("I dag", "Today"),
        ColTarget => ("Mål", "Target"),
        ColDifference => ("Forskel", "Difference"),
        ColLedighedsydelse => ("På ledighedsydelse", "On ledighedsydelse"),
        RowPaidHours => ("Lønnede timer pr. uge", "Paid hours per week"),
        RowTax => ("Skat og AM-bidrag (skøn)", "Tax and labour-market contribution (estimate)"),
        RowNet => ("Til udbetaling (skøn)", "Take-home pay (estimate)"),
        RowEmployerCost => ("Arbejdsgivers udgift", "Cost to the employer"),
        EmployerCostExplain => (
            "Løn + arbejdsgivers pension + arbejdsgivers ATP + bidrag via Samlet Betaling (AUB, Barsel.dk, FIB, AES; et skøn, AES afhænger af branchen). Feriepenge og feriegodtgørelse er ikke med.",
            "Wage + employer's pension + employer's ATP + contributions through Samlet Betaling (AUB, Barsel.dk, FIB, AES; an estimate, AES depends on the branch). Holiday pay is not included.",
        ),
        GainHeading => ("Kan det betale sig?", "Does it pay?"),
        GainPerHourBetween => ("Pr. ekstra time om ugen fra {from} til {to} timer", "Per extra hour a week from {from} to {to} hours"),
        GainPerHourFrom => ("Én time mere om ugen fra {from} timer", "One more hour a week from {from} hours"),
        HoursUnit => ("timer", "hours"),
        EmployerIncludes => (
            "Med i tallet: løn, arbejdsgiverens pension, ATP og bidrag via Samlet Betaling (skøn). Ikke med: feriepenge og ferietillæg, overenskomstens øvrige bidrag og arbejdsgiverens egne omkostninger.",
            "Included: wage, the employer's pension, ATP and the contributions through Samlet Betaling (estimate). Not included: holiday pay and holiday allowance, other contributions under the collective agreement and the employer's own overheads.",
        ),
        AnswerHeading => ("Svaret", "The answer"),
        AnswerHeadline => ("Til udbetaling om måneden ved {hours} timer (skøn)", "Take-home pay a month at {hours} hours (estimate)"),
        GlossaryHeading => ("Hvad betyder ordene?", "What do the words mean?"),
        TermFlekslontilskud => ("Fleksløntilskud", "Fleksløntilskud (flex-wage subsidy)"),
        DefFlekslontilskud => (
            "Det tilskud, kommunen betaler dig oven i lønnen fra arbejdsgiveren, fordi du arbejder færre timer eller i et lavere tempo. Det er størst ved en lav løn og falder, når lønnen stiger.",
            "What the municipality pays you on top of the employer's wage, because you work fewer hours or at a lower pace. It is largest at a low wage and falls as the wage rises.",
        ),
        TermAftrapningsgraense => ("Aftrapningsgrænse", "Aftrapningsgrænse (taper threshold)"),
        DefAftrapningsgraense => (
            "En løn om måneden, hvor tilskuddet begynder at falde hurtigere: under grænsen falder det 30 kr. for hver 100 kr. mere i løn, over den 55 kr.",
            "A monthly wage from which the subsidy falls faster: below it, the subsidy falls by 30 kr for each 100 kr more wage, above it by 55 kr.",
        ),
        TermLonloft => ("Lønloft", "Lønloft (wage ceiling)"),
        DefLonloft => (
            "Løn og tilskud tilsammen må ikke være mere end det, stillingen giver på fuld tid. Når loftet er nået, falder tilskuddet lige så meget, som lønnen stiger: så betaler arbejdsgiveren i stedet for kommunen.",
            "Wage and subsidy together may not exceed what the position pays at full time. Once the ceiling is reached, the subsidy falls as much as the wage rises: the employer pays instead of the municipality.",
        ),
        TermLedighedsydelse => ("Ledighedsydelse", "Ledighedsydelse (unemployment benefit for fleksjob)"),
        DefLedighedsydelse => (
            "Den ydelse, kommunen betaler, når du er godkendt til fleksjob, men ikke har et.",
            "The benefit the municipality pays while you are approved for a fleksjob but do not have one.",
        ),
        TermDagpenge => ("Dagpenge", "Dagpenge (unemployment insurance benefit)"),
        DefDagpenge => (
            "Ydelsen fra en a-kasse ved ledighed. Den højeste dagpengesats bestemmer, hvor stort fleksløntilskuddet højst kan være: 98 % af den.",
            "The benefit from an unemployment insurance fund. Its highest rate sets the largest possible subsidy: 98 % of it.",
        ),
        TermAmBidrag => ("AM-bidrag", "AM-bidrag (labour market contribution)"),
        DefAmBidrag => (
            "Arbejdsmarkedsbidrag: 8 % af lønnen, trukket før skatten. Af fleksløntilskuddet betales der ikke AM-bidrag.",
            "Labour market contribution: 8 % of the wage, taken before income tax. None is paid on the subsidy.",
        ),
        TermAtp => ("ATP", "ATP (labour market supplementary pension)"),
        DefAtp => (
            "Arbejdsmarkedets Tillægspension: et lille fast beløb til din pension, trukket af både løn og tilskud.",
            "A small fixed amount for your pension, paid on both the wage and the subsidy.",
        ),
        AccessibilityStatement => ("Tilgængelighedserklæring", "Accessibility statement"),
        SkipToAnswer => ("Spring til svaret", "Skip to the answer"),
        MoreSettings => ("Flere indstillinger", "More settings"),
        Optional => ("valgfri", "optional"),
        EmptyMeans => ("Tomt felt: {value}", "Empty: {value}"),
        GainGross => ("Mere i alt før skat", "More in total before tax"),
        GainNet => ("Mere til udbetaling", "More take-home pay"),
        KeepPer100 => ("Af hver 100 kr. mere i løn beholder du", "Of every 100 kr more wage you keep"),
        ZoneBelowThreshold => (
            "under aftrapningsgrænsen: tilskuddet falder 30 kr. for hver 100 kr. mere i løn",
            "below the taper threshold: the subsidy falls by 30 kr for every 100 kr more wage",
        ),
        ZoneAboveThreshold => (
            "over aftrapningsgrænsen: tilskuddet falder 55 kr. for hver 100 kr. mere i løn",
            "above the taper threshold: the subsidy falls by 55 kr for every 100 kr more wage",
        ),
        ZoneNoSubsidy => (
            "intet tilskud: lønnen alene er for høj til fleksløntilskud",
            "no subsidy: the wage alone is too high for a flex-wage subsidy",
        ),
        ZoneCeiling => (
            "lønloftet er nået: tilskuddet falder lige så meget, som lønnen stiger, så arbejdsgiveren betaler i stedet for kommunen",
            "the wage ceiling is reached: the subsidy falls as much as the wage rises, so the employer pays instead of the municipality",
        ),
        ChartHeading => ("Indkomst pr. måned efter lønnede timer", "Income per month by paid hours"),
        ChartHint => (
            "Vælg diagrammet og brug piletasterne, eller peg eller tryk på det, for at se tallene ved hvert antal timer.",
            "Select the chart and use the arrow keys, or point at it or tap it, to see the figures at each number of hours.",
        ),
        ShowTable => ("Vis tallene som tabel", "Show the figures as a table"),
        ColHours => ("Timer/uge", "Hours/week"),
        LegendTotal => ("I alt før skat", "Total before tax"),
        LegendNet => ("Til udbetaling", "Take-home"),
        LegendWage => ("Lønindtægt", "Wage income"),
        LegendSubsidy => ("Tilskud", "Subsidy"),
        LegendTax => ("Skat", "Tax"),
        MarkThreshold => ("Aftrapningsgrænse", "Taper threshold"),
        MarkCeiling => ("Lønloft nås", "Ceiling reached"),
        MarkToday => ("I dag", "Today"),
        MarkTarget => ("Mål", "Target"),
        OwnPensionMonth => ("Din egen pension", "Your own pension"),
        AtpMonth => ("ATP af løn og tilskud", "ATP on wage and subsidy"),
        NetHeading => ("Skøn over skat og udbetaling", "Estimated tax and take-home pay"),
        NetMonth => ("Til udbetaling (skøn)", "Take-home pay (estimate)"),
        TaxMonth => ("Skat og AM-bidrag (skøn)", "Tax and labour-market contribution (estimate)"),
        TaxMonthExplain => (
            "8 % AM-bidrag af lønnen, bundskat, kommuneskat og evt. kirkeskat.",
            "8 % labour-market contribution on the wage, state, municipal and possibly church tax.",
        ),
        EstimateNote => (
            "Skat og udbetaling er et skøn, ikke en skatteberegning.",
            "Tax and take-home pay are an estimate, not a tax assessment.",
        ),
        Assumptions => ("Forudsætninger for skønnet", "Assumptions behind the estimate"),
        AssumptionsText => (
            "Måneden gentages hele året; ingen anden indkomst end den anden lønindtægt, du skriver (beskattet som løn med AM-bidrag), ingen andre fradrag og ingen formue; fuldt personfradrag. AM-bidrag (8 %) betales af lønnen efter egen pension og ATP, ikke af fleksløntilskuddet. ATP af løn efter timetal og 5 % af tilskuddet (højst 500 kr.) trækkes fra før skat. Beskæftigelses- og jobfradrag beregnes af lønnen. Ledighedsydelse beskattes som personlig indkomst uden AM-bidrag; borgerens tredjedel af ATP (skønnet 99 kr. om måneden) trækkes fra. Mellem- og topskat er med, men rammer ikke fleksjobindkomster.",
            "The month repeats all year; no income but the other wage income you enter (taxed as wage with labour-market contribution), no other deductions and no wealth; full personal allowance. The 8 % labour-market contribution is paid on the wage after own pension and ATP, not on the subsidy. ATP on the wage by hours and 5 % of the subsidy (at most 500 kr) are deducted before tax. The employment deductions are computed on the wage. Ledighedsydelse is taxed as personal income without labour-market contribution; the citizen's third of ATP (estimated 99 kr a month) is deducted. Middle and top tax are included but do not reach fleksjob incomes.",
        ),
        ErrEffectiveAboveAttended => (
            "Effektive timer kan ikke være flere end fremmødte timer.",
            "Effective hours cannot exceed attended hours.",
        ),

        ResultsHeading => ("Om måneden", "Per month"),
        FixErrors => (
            "Ret de markerede felter, så regner vi igen.",
            "Correct the marked fields and we will calculate again.",
        ),
        WageMonth => ("Løn fra arbejdsgiver", "Wage from the employer"),
        WageMonthExplain => (
            "Timeløn × lønnede timer × 52/12 uger.",
            "Hourly wage × paid hours × 52/12 weeks.",
        ),
        LonindtaegtMonth => ("Lønindtægt", "Wage income (lønindtægt)"),
        LonindtaegtMonthExplain => (
            "Løn plus arbejdsgivers pension. Det er dette beløb (og anden lønindtægt), der nedsætter tilskuddet.",
            "Wage plus the employer's pension. This amount (and other wage income) reduces the subsidy.",
        ),
        OtherWageMonth => ("Anden lønindtægt", "Other wage income"),
        OtherWageMonthExplain => (
            "Nedsætter tilskuddet ligesom lønindtægten, men regnes ikke med i lønloftet.",
            "Reduces the subsidy like the wage income, but does not count against the wage ceiling.",
        ),
        LonloftMonth => ("Lønloft", "Wage ceiling (lønloft)"),
        LonloftMonthExplain => (
            "Stillingens fuldtidsløn inkl. pension. Løn og tilskud kan tilsammen ikke blive højere.",
            "The position's full-time wage incl. pension. Wage and subsidy together cannot exceed it.",
        ),
        SubsidyHeading => ("Fleksløntilskuddet trin for trin", "The flex-wage subsidy step by step"),
        MaxSubsidy => ("Maksimalt tilskud", "Maximum subsidy"),
        MaxSubsidyExplain => (
            "98 % af højeste dagpengesats: det tilskud, du ville få uden løn.",
            "98 % of the highest unemployment benefit: the subsidy before any wage is counted.",
        ),
        Reduction30 => ("− 30 % af lønindtægten op til grænsen", "− 30 % of wage income up to the threshold"),
        Reduction30Explain => (
            "For hver 100 kr. i lønindtægt op til aftrapningsgrænsen falder tilskuddet 30 kr.",
            "For each 100 kr of wage income up to the taper threshold the subsidy falls by 30 kr.",
        ),
        Reduction55 => ("− 55 % af lønindtægten over grænsen", "− 55 % of wage income above the threshold"),
        Reduction55Explain => (
            "Over aftrapningsgrænsen falder tilskuddet 55 kr. for hver 100 kr. mere i lønindtægt.",
            "Above the taper threshold the subsidy falls by 55 kr for each 100 kr more wage income.",
        ),
        CeilingCut => ("− beskåret af lønloftet", "− cut by the wage ceiling"),
        CeilingCutExplain => (
            "Det, der skal trækkes fra, for at løn og tilskud ikke overstiger lønloftet.",
            "What must go so that wage and subsidy do not exceed the wage ceiling.",
        ),
        Subsidy => ("Fleksløntilskud", "Flex-wage subsidy"),
        SubsidyExplain => (
            "Det beløb, kommunen udbetaler til dig oveni lønnen (før skat).",
            "What the municipality pays you on top of the wage (before tax).",
        ),
        AtpSubsidy => ("heraf ATP af tilskuddet", "of which ATP on the subsidy"),
        AtpSubsidyExplain => (
            "5 % af tilskuddet, højst 500 kr., indbetales til din ATP.",
            "5 % of the subsidy, at most 500 kr, goes to your ATP pension.",
        ),
        Total => ("I alt", "Total"),
        TotalExplain => (
            "Al lønindtægt plus fleksløntilskud, inkl. pension og ATP, før skat.",
            "All wage income plus subsidy, incl. pension and ATP, before tax.",
        ),
        RoundingNote => (
            "Beløbene er afrundet til hele kroner, som i STAR's beregner. Tilskuddet beregnes ud fra lønnen måneden før.",
            "Amounts are rounded to whole kroner, as in STAR's calculator. The subsidy is based on the previous month's wage.",
        ),
        NavCalculator => ("Beregner", "Calculator"),
        NavAgreement => ("Progressionsaftale", "Progression agreement"),
        AgreementLoading => ("Henter aftaledelen …", "Loading the agreement part …"),
        DeleteAll => ("Slet alt gemt på denne enhed", "Delete everything saved on this device"),
        DeleteAllConfirm => ("Alle gemte aftaler og aftalen i denne fane slettes. Fortsæt?", "All saved agreements and the agreement in this tab are deleted. Continue?"),
        StorageNote => ("Intet gemmes varigt, før du vælger det: denne fane husker dit arbejde, til den lukkes. Gemte aftaler ligger kun i denne browser.", "Nothing is stored for longer until you choose to: this tab remembers your work until it is closed. Saved agreements stay in this browser only."),
        ErrEmpty => ("Skriv et tal.", "Enter a number."),
        ErrNotANumber => (
            "Det kan vi ikke læse som et tal. Skriv fx 12,5 eller 32.067.",
            "We cannot read that as a number. Write e.g. 12.5 or 32,067.",
        ),
        ErrNegative => ("Tallet kan ikke være negativt.", "The number cannot be negative."),
        StatusPublished => ("offentliggjort", "published"),
        StatusDerived => ("beregnet af os, ikke offentliggjort", "derived by us, not published"),
        StatusOverridden => ("indtastet", "entered by you"),
        StatusUnverified => ("fra en kopi af den officielle tabel, ikke efterprøvet", "from a copy of the official table, not verified"),
    }
    // Only the builds with the agreement show these (feature `reading`, which
    // the full app has too).
    agreement {
        DocTimeline => ("Bilag: Måned for måned", "Appendix: month by month"),
        TimelineHeading => ("Måned for måned", "Month by month"),
        TimelineIntro => (
            "Hvad hver måned giver efter trinnene. Tilskuddet, der udbetales i en måned, er beregnet af lønnen måneden før, så nye timer slår først helt igennem måneden efter. Kroner pr. måned.",
            "What each month brings under the steps. The subsidy paid in a month is computed from the month before's wage, so new hours take full effect only the month after. Kroner per month.",
        ),
        TimelineCaption => ("Pr. måned (løn inkl. feriepenge, sygedagpenge, bonus og anden lønindtægt)", "Per month (wage incl. holiday pay, sick pay, bonus and other wage income)"),
        TimelineNotes => ("Hvorfor tallene skifter:", "Why the figures change:"),
        TimelineUncertain => (
            "Skøn. Efter reglerne: tilskuddet beregnes af månedens før lønindtægt ({lab123}); sygedagpenge trækkes fuldt fra, så de og tilskuddet tilsammen svarer til 98 % af højeste dagpenge ({lab124}). Tilnærmet: feriepenge og sygedagpenge er sat til lønnen for de samme dage; en bonus tæller i den måned, den udbetales (dækker den flere måneder, fordeler kommunen den over dem); første måneds tilskud beregnes af den løn, arbejdsgiveren oplyser, og efterreguleres; helligdage er ikke trukket fra. Kommunens opgørelse kan derfor afvige.",
            "An estimate. By the rules: the subsidy is computed from the month before's wage income ({lab123}); sick pay is deducted in full, so that it and the subsidy together equal 98 % of the highest dagpenge ({lab124}). Approximated: holiday pay and sick pay are set to the wage for the same days; a bonus counts in the month it is paid (if it covers several months, the municipality spreads it over them); the first month's subsidy rests on the wage the employer reports and is corrected later; public holidays are not taken out. The municipality's figures may therefore differ.",
        ),
        Month => ("Måned", "Month"),
        MonthPay => ("Løn mv.", "Pay"),
        DocOtherWageIncluded => (
            "Tallene omfatter anden lønindtægt på {amount} om måneden: den nedsætter tilskuddet ligesom lønnen, men regnes ikke med i lønloftet.",
            "The figures include other wage income of {amount} a month: it reduces the subsidy like the wage, but does not count against the wage ceiling.",
        ),
        DocInForceUntil => ("gældende til", "in force until"),
        DocBirthYear => ("Fødselsår", "Year of birth"),
        DocOtherWage => ("Anden lønindtægt pr. måned", "Other wage income per month"),
        DocAtMost => ("højst", "at most"),
        DocSeniorFradrag => ("Seniorfradrag (ekstra beskæftigelsesfradrag)", "Senior deduction (extra employment deduction)"),
        TimelineChartCaption => ("Til udbetaling pr. måned (skøn), i 1.000 kr.", "Take-home pay per month (estimate), in 1,000 kr"),
        TimelineNeedsSteps => ("Tilføj et trin med en startdato for at se pengene måned for måned.", "Add a step with a start date to see the money month by month."),
        TimelineNeedsBasis => ("Ret fejlene i beregneren for at se pengene måned for måned.", "Correct the calculator's errors to see the money month by month."),
        TimelineHasProblems => (
            "Noget ved trinnene eller hændelserne passer ikke sammen (se beskeden ved feltet). Månederne er regnet, som det står nu.",
            "Something in the steps or events does not fit together (see the message by the field). The months are computed as it stands.",
        ),
        EventsHeading => ("Ferie, sygdom og bonus", "Holiday, sickness and bonus"),
        EventsHint => (
            "Tilføj det, der sker i en bestemt måned. Dage er arbejdsdage (mandag til fredag).",
            "Add what happens in a particular month. Days are working days (Monday to Friday).",
        ),
        EventMonth => ("Måned", "Month"),
        EventKindLabel => ("Hvad", "What"),
        EventDays => ("Arbejdsdage", "Working days"),
        EventKroner => ("Beløb (kr.)", "Amount (kr)"),
        AddEvent => ("Tilføj ferie, sygdom eller bonus", "Add holiday, sickness or bonus"),
        MaxEvents => ("Der kan højst være 120.", "There can be at most 120."),
        EvHolidayWithPay => ("Ferie med løn", "Holiday with pay"),
        EvHolidayWithHolidayPay => ("Ferie med feriepenge", "Holiday on holiday pay (feriepenge)"),
        EvSickWithWage => ("Syg med løn", "Sick with pay"),
        EvSickWithoutWage => ("Syg uden løn (sygedagpenge)", "Sick without pay (sick pay)"),
        EvBonus => ("Bonus", "Bonus"),
        AgreementTitle => ("Aftale om progression i fleksjob", "Agreement on progression in a fleksjob"),
        AgreementIntro => ("Start med opgaverne, derefter timerne. Gør hvert trin konkret og dateret, og prøv gerne flere timer af uden at binde jer.", "Start with the tasks, then the hours. Make each step specific and dated, and feel free to try more hours without committing."),
        PartiesHeading => ("Parter", "Parties"),
        Citizen => ("Borger", "Citizen"),
        Employer => ("Arbejdsplads", "Workplace"),
        EmployerContact => ("Kontaktperson hos arbejdsgiver", "Employer's contact person"),
        Consultant => ("Jobcentrets konsulent", "Jobcentre consultant"),
        ConsultantKommune => ("Kommunens sagsbehandler", "Municipal caseworker"),
        AgreementDate => ("Dato for aftalen", "Date of the agreement"),
        NamesOptional => ("Navne er valgfri.", "Names are optional."),
        TodayHeading => ("I dag", "Today"),
        FromCalculator => ("Hent timer fra beregneren", "Take hours from the calculator"),
        TodayTakenFromCalculator => ("Timerne i dag er hentet fra beregneren. Ret dem, hvis de ikke passer.", "Today's hours are taken from the calculator. Correct them if they are not right."),
        Tasks => ("Opgaver", "Tasks"),
        AccommodationsHeading => ("Skånehensyn", "Accommodations"),
        AccPace => ("Lavere tempo", "Lower pace"),
        AccBreaks => ("Pauser efter behov", "Breaks as needed"),
        AccLifting => ("Ingen tunge løft", "No heavy lifting"),
        AccSpread => ("Timerne spredt over ugen", "Hours spread over the week"),
        AccDaysOff => ("Fridage mellem arbejdsdage", "Days off between working days"),
        AccOther => ("Andet skånehensyn", "Other accommodation"),
        AccAdd => ("Tilføj", "Add"),
        Remove => ("Fjern", "Remove"),
        GoalHeading => ("Mål", "Goal"),
        GoalHint => ("Hvad vil I nå, og hvornår? Fx: 12 lønnede timer fra 1. juni.", "What do you want to reach, and when? E.g. 12 paid hours from 1 June."),
        StepsHeading => ("Trin", "Steps"),
        StepN => ("Trin", "Step"),
        AddStep => ("Tilføj trin", "Add step"),
        StepStart => ("Start", "Start"),
        StepWeeks => ("Varighed (uger)", "Duration (weeks)"),
        StepTasks => ("Opgaver der lægges til eller ændres", "Tasks added or changed"),
        StepTrial => ("Prøveperiode uden binding", "Trial without commitment"),
        StepIfNot => ("Hvis det ikke fungerer", "If it does not work"),
        StepEconomy => ("Økonomi i trinnet", "Economics of the step"),
        StepEconomyNeedsCalc => ("Udfyld beregneren for at se økonomien.", "Fill in the calculator to see the economics."),
        SupportHeading => ("Støtte", "Support"),
        Mentor => ("Mentor", "Mentor"),
        Aids => ("Hjælpemidler", "Aids"),
        PersonalAssistance => ("Personlig assistance", "Personal assistance"),
        OtherSupport => ("Anden støtte", "Other support"),
        Note => ("Note", "Note"),
        FollowUpHeading => ("Opfølgning", "Follow-up"),
        FleksjobStart => ("Fleksjobbet startede", "The fleksjob started"),
        FirstFleksjob => ("Første fleksjob (midlertidigt, status efter 4½ år)", "First fleksjob (temporary, status after 4½ years)"),
        Regenerate => ("Lav opfølgningsplan ud fra startdatoen", "Make the follow-up plan from the start date"),
        RegenerateConfirm => ("Opfølgningsplanen laves forfra, og dine rettelser i datoerne forsvinder. Fortsæt?", "The follow-up plan is made afresh and your changes to the dates are lost. Continue?"),
        FollowUpDate => ("Dato", "Date"),
        FollowUpKindLabel => ("Hvad", "What"),
        Done => ("Holdt", "Done"),
        AddFollowUp => ("Tilføj opfølgning", "Add follow-up"),
        OutputsHeading => ("Udskriv, gem og del", "Print, save and share"),
        Print => ("Udskriv / gem som PDF", "Print / save as PDF"),
        ExportJson => ("Eksportér som fil (.json)", "Export as file (.json)"),
        ImportJson => ("Indlæs fil", "Open file"),
        ImportConfirm => ("Den indlæste aftale erstatter den, du har på skærmen. Fortsæt?", "The opened agreement replaces the one on screen. Continue?"),
        ImportDone => ("Aftalen er indlæst.", "The agreement was opened."),
        ExportIcs => ("Opfølgningsdatoer til kalender (.ics)", "Follow-up dates for the calendar (.ics)"),
        SummaryHeading => ("Tekst til journalen", "Text for the case record"),
        Copy => ("Kopiér", "Copy"),
        Copied => ("Kopieret.", "Copied."),
        ShareLink => ("Lav et delingslink", "Make a share link"),
        ShareWarning => ("Linket indeholder hele aftalen, også personoplysninger og skånehensyn, der kan være helbredsoplysninger. Del det kun med de personer, der er part i aftalen, og gem det ikke i åbne systemer.", "The link holds the whole agreement, including personal data and accommodations that may be health data. Share it only with the parties to the agreement, and do not store it in open systems."),
        StorageHeading => ("Gemt på denne enhed", "Saved on this device"),
        SaveDraft => ("Gem på denne enhed", "Save on this device"),
        Saved => ("Gemt på denne enhed.", "Saved on this device."),
        SaveFailed => ("Kunne ikke gemme: browseren tillader ikke lagring.", "Could not save: the browser does not allow storage."),
        SaveFull => (
            "Kunne ikke gemme: browserens lager til denne side er fuldt. Slet gamle aftaler her på siden, og prøv igen.",
            "Could not save: the browser's storage for this site is full. Delete old agreements on this page and try again.",
        ),
        CannotKeep => (
            "Aftalen kan ikke gemmes, eksporteres eller deles, før de markerede felter er rettet.",
            "The agreement cannot be saved, exported or shared until the marked fields are corrected.",
        ),
        CalculatorHasErrors => (
            "Ret først fejlene i beregneren: aftalen gemmes med beregnerens tal som grundlag.",
            "First correct the errors in the calculator: the agreement is saved with the calculator's figures as its basis.",
        ),
        BasisHeading => ("Beregningsgrundlag", "Basis of the calculation"),
        BasisFollows => (
            "Økonomien i trinnene regnes med beregnerens tal. De gemmes med aftalen, når du gemmer, eksporterer eller deler den.",
            "The steps' economics use the calculator's figures. They are stored with the agreement when you save, export or share it.",
        ),
        BasisLegacy => (
            "Aftalen er lavet med en ældre udgave og har ikke sit beregningsgrundlag med. Økonomien i trinnene regnes derfor med beregnerens nuværende tal: tjek dem.",
            "This agreement was made with an older version and does not carry its basis. The steps' economics therefore use the calculator's current figures: check them.",
        ),
        BasisMatches => ("Økonomien i trinnene regnes med aftalens tal, som er de samme som i beregneren.", "The steps' economics use the agreement's figures, which match the calculator."),
        BasisDiffers => (
            "Tallene i beregneren er ikke dem, aftalen er regnet med. Økonomien i trinnene viser aftalens tal.",
            "The calculator's figures differ from those the agreement was calculated with. The steps' economics show the agreement's figures.",
        ),
        UseAgreementFigures => ("Brug aftalens tal i beregneren", "Use the agreement's figures in the calculator"),
        UpdateAgreementFigures => ("Opdatér aftalen til beregnerens tal", "Update the agreement to the calculator's figures"),
        LinkReplaceConfirm => (
            "Linket indeholder en anden aftale. Den erstatter aftalen på skærmen, og dine ændringer, der ikke er gemt, går tabt. Fortsæt?",
            "The link holds another agreement. It replaces the one on screen, and your unsaved changes are lost. Continue?",
        ),
        WorkUnreadable => ("Arbejdet fra før genindlæsningen kunne ikke læses og er slettet. Aftalen starter forfra.", "The work from before the reload could not be read and has been deleted. The agreement starts afresh."),
        WorkNotKept => ("Browseren vil ikke huske arbejdet i denne fane. Gem eller eksportér aftalen, før du lukker eller genindlæser siden.", "The browser will not remember the work in this tab. Save or export the agreement before you close or reload the page."),
        LinkKept => ("Din aftale er beholdt; linkets aftale blev ikke åbnet.", "Your agreement was kept; the link's agreement was not opened."),
        LinkErr => ("Linket kunne ikke åbnes", "The link could not be opened"),
        MaxSteps => ("Højst 20 trin i en aftale.", "At most 20 steps in an agreement."),
        MaxFollowUps => ("Højst 60 opfølgninger i en aftale.", "At most 60 follow-ups in an agreement."),
        MaxAccommodations => ("Højst 20 skånehensyn i en aftale.", "At most 20 accommodations in an agreement."),
        StepEconomyBadHours => ("Ret timerne for at se økonomien.", "Correct the hours to see the economics."),
        ErrMissing => ("Mangler.", "Missing."),
        ErrUnknown => ("Ukendt værdi.", "Unknown value."),
        NothingSaved => ("Intet er gemt på denne enhed.", "Nothing is saved on this device."),
        Open => ("Åbn", "Open"),
        Delete => ("Slet", "Delete"),
        UnsavedChanges => ("Du har ændringer, der ikke er gemt.", "You have unsaved changes."),
        NoName => ("Uden navn", "Unnamed"),
        CollectiveAgreement => ("Overenskomst og fagforening", "Collective agreement and union"),
        CollectiveAgreementHint => (
            "Den overenskomst lønnen og lønloftet følger, fx \"HK Handel, HK\". Valgfri.",
            "The collective agreement the wage and wage ceiling follow, e.g. \"HK Handel, HK\". Optional.",
        ),
        LonloftFromCalculator => (
            "Fuldtidsløn og -timer sættes i beregneren.",
            "The full-time wage and hours are set in the calculator.",
        ),
        HardTasks => ("Opgaver der er svære i dag", "Tasks that are hard today"),
        StepPlacement => ("Afprøves først i praktik", "Tried first in a trial placement"),
        DocFleksjob => ("Fleksjob", "Fleksjob"),
        DocLaterFleksjob => ("Ikke det første fleksjob", "Not the first fleksjob"),
        DocBasisMissing => (
            "Beløbene mangler: ret fejlene i beregneren, så regnes de med.",
            "The amounts are missing: correct the errors in the calculator and they are included.",
        ),
        DocHourlyWage => ("Timeløn inkl. egen pension", "Hourly wage incl. own pension"),
        DocLonloftDetail => (
            "fuldtidsløn {wage} pr. time i {hours} timer om ugen, inkl. pension",
            "full-time wage {wage} per hour for {hours} hours a week, incl. pension",
        ),
        DocPensionEmployer => ("Arbejdsgivers pension", "Employer's pension"),
        DocPensionEmployee => ("Egen pension", "Own pension"),
        DocChurchTax => ("Kirkeskat", "Church tax"),
        DocNotMember => ("ikke medlem af folkekirken", "not a member of the church"),
        DocSingleParent => ("Enlig forsørger", "Single parent"),
        DocYes => ("Ja", "Yes"),
        DocRateYear => ("Satser for år", "Rates for the year"),
        DocRates => ("Satser", "Rates"),
        DocRate => ("Sats", "Rate"),
        DocValue => ("Værdi", "Value"),
        DocPerMonth => ("pr. md.", "a month"),
        DocStatus => ("Status", "Status"),
        DocKommuneskat => ("Kommuneskat (af indkomsten)", "Municipal tax (of income)"),
        DocDerivedMark => (
            "* Beregnet af os ud fra offentliggjorte tal, ikke offentliggjort endnu. Tjek satsen, når den er offentliggjort.",
            "* Derived by us from published figures, not yet published. Check the rate once it is published.",
        ),
        DocIntensity => ("Arbejdsintensitet", "Work intensity"),
        DocAttended => ("Fremmødte timer", "Attended hours"),
        DocEffective => ("Effektive timer", "Effective hours"),
        DocPaid => ("Lønnede timer", "Paid hours"),
        DocStepHours => ("Trinnene og timerne pr. uge", "The steps and their hours per week"),
        DocSteps => ("Trin mod målet", "Steps towards the goal"),
        DocLength => ("Varighed", "Length"),
        DocForm => ("Form", "Kind"),
        DocPlacement => ("i praktik", "in a trial placement"),
        DocEconomy => ("Økonomi pr. måned (skøn)", "Money per month (estimate)"),
        DocStepTasks => ("Opgaver i trinnene", "Tasks in the steps"),
        DocAgreed => ("Aftale og underskrifter", "Agreement and signatures"),
        DocAgreementSentence => (
            "Vi har drøftet denne plan og er enige om den. Trin, der er en prøve, binder ikke; planen kan ændres ved en opfølgning, når alle er enige.",
            "We have discussed this plan and agree to it. Steps that are a trial do not bind; the plan can be changed at a follow-up when everyone agrees.",
        ),
        DocName => ("Navn", "Name"),
        DocPage => ("Side", "Page"),
        DocOf => ("af", "of"),
        ReadingNote => (
            "Sådan ser aftalen ud. Den er kun gemt i denne browser, hvis du vælger det.",
            "This is the agreement. It is only stored in this browser if you choose to.",
        ),
        EditAgreement => ("Redigér aftalen", "Edit the agreement"),
        CopyCaseText => ("Kopiér tekst til journalen", "Copy the text for the case record"),
        OpeningEditor => ("Åbner redigering …", "Opening the editor …"),
        ReadAgreement => ("Se aftalen som dokument", "See the agreement as a document"),
        CopyLink => ("Kopiér link", "Copy link"),
        LinkCopied => ("Linket er kopieret.", "The link is copied."),
        LinkLength => ("Linket er {n} tegn langt.", "The link is {n} characters long."),
        LinkTooLongForQr => (
            "Det er for langt til en QR-kode (højst 2.953 tegn); send det som tekst eller brug filen.",
            "That is too long for a QR code (at most 2,953 characters); send it as text or use the file.",
        ),
        DocSignature => ("Underskrift", "Signature"),
        ImportErr => ("Filen kunne ikke indlæses", "The file could not be opened"),
        NetPerMonth => ("Til udbetaling pr. md.", "Take-home per month"),
        EmployerPerMonth => ("Arbejdsgivers udgift pr. md.", "Employer's cost per month"),
        ChangeFromToday => ("ændring fra i dag", "change from today"),
        SumTitle => ("Progressionsaftale", "Progression agreement"),
        SumFirstFleksjob => ("Første fleksjob (midlertidigt, 5 år)", "First fleksjob (temporary, 5 years)"),
        SumWeeks => ("uger", "weeks"),
        SumTrial => ("prøve, ikke bindende", "trial, not binding"),
        SumBinding => ("bindende", "binding"),
        SumFollowUps => ("Opfølgning", "Follow-up plan"),
        SumEarly => ("Opfølgning i de første seks måneder", "Follow-up in the first six months"),
        SumPeriodic => ("Opfølgning hvert 2½ år", "Follow-up every 2½ years"),
        SumStatus => ("Status efter 4½ år (første fleksjob)", "Status after 4½ years (first fleksjob)"),
        SumCustom => ("Opfølgning", "Follow-up"),
        MeetingsHeading => ("Opfølgningsmøder", "Follow-up meetings"),
        NavMeetings => ("Møder", "Meetings"),
        NavParts => ("Aftalens dele", "The agreement's parts"),
        MeetingsIntro => (
            "Skriv ved hvert møde, hvordan timerne er nu, og hvad I beslutter. Så kan I se, om timerne følger planen.",
            "At each meeting, write how the hours are now and what you decide. Then you can see whether the hours follow the plan.",
        ),
        StartFollowUp => ("Start opfølgning", "Start follow-up"),
        RecordDate => ("Mødets dato", "Date of the meeting"),
        Participants => ("Deltagere", "Who took part"),
        RecordHours => ("Timer om ugen nu", "Hours a week now"),
        RecordTasks => ("Opgaver lagt til eller fjernet", "Tasks added or dropped"),
        RecordNotes => ("Hvad virker, og hvad er svært", "What works and what is hard"),
        RecordAccommodations => ("Skånehensyn ændret", "Accommodations changed"),
        CitizenWords => ("Borgerens egne ord", "The citizen's own words"),
        DecisionLabel => ("Beslutning", "Decision"),
        DecContinue => ("Fortsæt trinnet som planlagt", "Continue the step as planned"),
        DecNextStepNow => ("Start næste trin nu", "Start the next step now"),
        DecAdjustStep => ("Justér trinnet til timerne nu", "Adjust the step to the hours now"),
        DecStepBack => ("Gå et trin tilbage", "Go back a step"),
        DecTryInformally => ("Prøv flere timer uformelt først", "Try more hours informally first"),
        NextFollowUp => ("Næste opfølgning", "Next follow-up"),
        SaveFollowUp => ("Gem opfølgningen", "Save the follow-up"),
        DeleteFollowUp => ("Slet opfølgningen", "Delete the follow-up"),
        DeleteFollowUpConfirm => ("Opfølgningen og alt skrevet i den slettes. Fortsæt?", "The follow-up and everything written in it are deleted. Continue?"),
        OpenRecord => ("Åbn", "Open"),
        RecordFix => ("Ret de markerede felter, så gemmes opfølgningen.", "Correct the marked fields, and the follow-up is saved."),
        MaxRecords => ("Der kan højst være 60 opfølgninger.", "There can be at most 60 follow-ups."),
        UndoPlanChange => ("Fortryd ændringen af planen", "Undo the change to the plan"),
        PlanUndone => ("Planen er som før.", "The plan is as it was."),
        ProgressionHeading => ("Progression", "Progression"),
        ProgressionNone => ("Ingen opfølgninger skrevet endnu.", "No follow-ups written yet."),
        ProgressionChart => ("Timer om ugen ved hver opfølgning: planlagte betalte timer, og de registrerede fremmødte, effektive og betalte timer.", "Hours a week at each follow-up: planned paid hours, and the recorded attended, effective and paid hours."),
        ShowNote => ("Vis opfølgningsnotat", "Show follow-up note"),
        PrintNote => ("Print notatet", "Print the note"),
        CloseNote => ("Luk notatet", "Close the note"),
        DocRecords => ("Opfølgninger", "Follow-ups"),
        DocFollowUpNote => ("Opfølgningsnotat", "Follow-up note"),
        DocProgressionCaption => ("Timer om ugen ved hver opfølgning", "Hours a week at each follow-up"),
        DocPlannedPaid => ("Planlagt betalt", "Planned paid"),
        DocHoursAxis => ("timer/uge", "hours/week"),
        DocMeeting => ("Møde", "Meeting"),
        DocNoteSentence => ("Notatet er gennemgået af:", "The note has been read by:"),
        DocNoteDecision => ("Penge og beslutning", "Money and decision"),
        DocNoteSignatures => ("Underskrifter", "Signatures"),
        DocGapSentence => (
            "Du leverer {effective} effektive timer, men får løn for {paid}. Løn for {effective} timer giver dig ca. {net} mere om måneden efter skat og koster arbejdsgiveren ca. {cost} mere.",
            "You deliver {effective} effective hours but are paid for {paid}. A wage for {effective} hours gives you about {net} more a month after tax and costs the employer about {cost} more.",
        ),
        DocGapNextStep => (
            "Planens næste trin ({step}, fra {date}) med {paid} betalte timer giver dig ca. {net} mere om måneden og koster arbejdsgiveren ca. {cost} mere.",
            "The plan's next step ({step}, from {date}) at {paid} paid hours gives you about {net} more a month and costs the employer about {cost} more.",
        ),
    }
}

/// The message shown beside a field for an input error.
pub fn input_error(err: InputError, lang: Lang) -> String {
    match (err, lang) {
        (InputError::Empty, _) => Msg::ErrEmpty.text(lang).to_string(),
        (InputError::NotANumber, _) => Msg::ErrNotANumber.text(lang).to_string(),
        (InputError::Negative, _) => Msg::ErrNegative.text(lang).to_string(),
        (InputError::EffectiveAboveAttended, _) => Msg::ErrEffectiveAboveAttended.text(lang).to_string(),
        (InputError::NotAYear, _) => Msg::ErrNotAYear.text(lang).to_string(),
        (InputError::TooSmall { min }, Lang::Da) => {
            format!("Tallet skal være over {}.", number(min, 2, lang))
        }
        (InputError::TooSmall { min }, Lang::En) => {
            format!("The number must be above {}.", number(min, 2, lang))
        }
        (InputError::TooLarge { max }, Lang::Da) => {
            format!("Højst {}. Tjek tallet: det er usandsynligt stort.", number(max, 2, lang))
        }
        (InputError::TooLarge { max }, Lang::En) => {
            format!("At most {}. Check the number: it is unlikely to be that large.", number(max, 2, lang))
        }
    }
}

pub use crate::core::text::clean::fill;

/// `value` with up to `decimals` decimals (trailing zeros dropped) and
/// thousands grouped: "32.067" and "12,5" in Danish, "32,067" and "12.5" in English.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    let (group, point) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let value = if value.is_finite() { value } else { 0.0 };
    // Integer arithmetic instead of `format!("{:.2}")`: float formatting
    // costs many KB of wasm. `as u64` saturates on absurd values.
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let int = (scaled / scale).to_string();
    let frac = format!("{:0decimals$}", scaled % scale);
    let frac = if decimals == 0 { "" } else { frac.trim_end_matches('0') };
    let mut out = String::new();
    // Rounding can turn -0.004 into "0": no minus sign on a zero.
    if value < 0.0 && (int != "0" || !frac.is_empty()) {
        out.push('−');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// Whole kroner with the unit, as STAR shows them: "32.067 kr." / "32,067 kr".
pub fn kroner(value: f64, lang: Lang) -> String {
    format!("{} {}", number(crate::core::income::flekslontilskud::round_kr(value), 0, lang), kroner_unit(lang))
}

/// Kroner with up to two decimals, e.g. an hourly wage: "187,5 kr.".
pub fn kroner_exact(value: f64, lang: Lang) -> String {
    format!("{} {}", number(value, 2, lang), kroner_unit(lang))
}

fn kroner_unit(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "kr.",
        Lang::En => "kr",
    }
}

/// Hours with up to two decimals, e.g. "12,5".
pub fn hours(value: f64, lang: Lang) -> String {
    number(value, 2, lang)
}

/// "40 % (4 effective of 10 attended hours)".
pub fn intensity(intensity: f64, effective: f64, attended: f64, lang: Lang) -> String {
    let pct = number(100.0 * intensity, 0, lang);
    match lang {
        Lang::Da => format!(
            "Arbejdsintensitet: {pct} % ({} effektive af {} fremmødte timer).",
            hours(effective, lang),
            hours(attended, lang)
        ),
        Lang::En => format!(
            "Work intensity: {pct} % ({} effective of {} attended hours).",
            hours(effective, lang),
            hours(attended, lang)
        ),
    }
}

/// The gap between effective and paid hours, in plain words.
pub fn effective_paid_gap(unpaid_effective: f64, lang: Lang) -> String {
    let h = hours(unpaid_effective.abs(), lang);
    match (unpaid_effective > 0.0, lang) {
        (true, Lang::Da) => format!("Du leverer {h} effektive timer om ugen mere, end du får løn for. Det er et argument for flere lønnede timer."),
        (true, Lang::En) => format!("You deliver {h} effective hours a week more than you are paid for. That is an argument for more paid hours."),
        (false, Lang::Da) => format!("Bemærk: du får løn for {h} timer om ugen mere, end du leverer effektivt. Efter reglerne betaler arbejdsgiveren for den effektive indsats."),
        (false, Lang::En) => format!("Note: you are paid for {h} hours a week more than you deliver effectively. By the rules the employer pays for the effective work."),
    }
}

/// Where the money of one more hour goes.
pub fn where_money_goes(employer: f64, subsidy: f64, tax: f64, net: f64, lang: Lang) -> String {
    let kr = |v: f64| kroner(v.abs(), lang);
    let subsidy_moves = match (subsidy <= 0.0, lang) {
        (true, Lang::Da) => format!("tilskuddet falder {}", kr(subsidy)),
        (false, Lang::Da) => format!("tilskuddet stiger {}", kr(subsidy)),
        (true, Lang::En) => format!("the subsidy falls by {}", kr(subsidy)),
        (false, Lang::En) => format!("the subsidy rises by {}", kr(subsidy)),
    };
    match lang {
        Lang::Da => format!(
            "Arbejdsgiveren betaler {} mere om måneden, {subsidy_moves}, skat og AM-bidrag tager {}, og du får {} {} udbetalt.",
            kr(employer), kr(tax), kr(net), if net < 0.0 { "mindre" } else { "mere" }
        ),
        Lang::En => format!(
            "The employer pays {} more a month, {subsidy_moves}, tax takes {}, and your take-home pay is {} {}.",
            kr(employer), kr(tax), kr(net), if net < 0.0 { "lower" } else { "higher" }
        ),
    }
}

/// The answer in one plain sentence: the pay-out at the hours discussed,
/// the change from today, and where the wage ceiling is reached if it is.
/// Its figures are the comparison table's (`Answer` is the one calculation).
pub fn answer_sentence(a: &crate::core::income::answer::Answer, lang: Lang) -> String {
    let target = a.change.to.paid_hours_week;
    let hours_more = a.hours_more();
    let change = a.change.net();
    let kr = |v: f64| kroner(v.abs(), lang);
    let h = |v: f64| hours(v.abs(), lang);
    let mut out = match lang {
        Lang::Da => {
            format!("Ved {} timer får du ca. {} udbetalt om måneden", h(target), kroner(a.change.to.net.net, lang))
        }
        Lang::En => {
            format!("At {} hours you get about {} paid out a month", h(target), kroner(a.change.to.net.net, lang))
        }
    };
    let unit = |n: f64| match (lang, (n.abs() - 1.0).abs() < 1e-9) {
        (Lang::Da, true) => "time",
        (Lang::Da, false) => "timer",
        (Lang::En, true) => "hour",
        (Lang::En, false) => "hours",
    };
    if hours_more.abs() > 1e-9 {
        let (more, fewer) = (change >= 0.0, hours_more < 0.0);
        out.push_str(&match lang {
            Lang::Da => format!(
                ": {} {} for {} {} {} om ugen.",
                kr(change),
                if more { "mere" } else { "mindre" },
                h(hours_more),
                unit(hours_more),
                if fewer { "mindre" } else { "mere" }
            ),
            Lang::En => format!(
                ": {} {} for {} {} {} a week.",
                kr(change),
                if more { "more" } else { "less" },
                h(hours_more),
                if fewer { "fewer" } else { "more" },
                unit(hours_more)
            ),
        });
    } else {
        out.push('.');
    }
    if let Some(c) = a.ceiling_within() {
        out.push_str(&match lang {
            Lang::Da => format!(
                " Lønloftet nås ved {} timer, så timerne derover betales af arbejdsgiveren i stedet for kommunen.",
                number(c, 1, lang)
            ),
            Lang::En => format!(
                " The wage ceiling is reached at {} hours, so the hours above it are paid by the employer instead of the municipality.",
                number(c, 1, lang)
            ),
        });
    }
    out
}

/// What happens to the subsidy in one stretch of hours: "15–15,4 timer:
/// over aftrapningsgrænsen: …".
pub fn zone_text(span: &crate::core::income::answer::Span, lang: Lang) -> String {
    use crate::core::income::answer::Zone;
    let msg = match span.zone {
        Zone::BelowThreshold => Msg::ZoneBelowThreshold,
        Zone::AboveThreshold => Msg::ZoneAboveThreshold,
        Zone::PastCeiling => Msg::ZoneCeiling,
        Zone::NoSubsidy => Msg::ZoneNoSubsidy,
    };
    let range = if (span.to - span.from).abs() < 1e-9 {
        format!("{} {}", number(span.from, 1, lang), Msg::HoursUnit.text(lang))
    } else {
        format!("{}–{} {}", number(span.from, 1, lang), number(span.to, 1, lang), Msg::HoursUnit.text(lang))
    };
    let text = msg.text(lang);
    // Sentence case after the range.
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
    format!("{range}: {first}{}.", chars.as_str())
}

/// What the hours discussed cost the employer, and what is and is not in it.
pub fn employer_line(a: &crate::core::income::answer::Answer, lang: Lang) -> Option<String> {
    let per_hour = a.employer_per_hour_worked()?;
    let h = hours(a.hours_more().abs(), lang);
    let (cost, per_hour) = (kroner(a.change.employer_cost().abs(), lang), kroner(per_hour.abs(), lang));
    let fewer = a.hours_more() < 0.0;
    Some(match (lang, fewer) {
        (Lang::Da, false) => {
            format!("{h} timer mere om ugen koster arbejdsgiveren ca. {cost} mere om måneden ({per_hour} pr. time).")
        }
        (Lang::Da, true) => {
            format!("{h} timer mindre om ugen sparer arbejdsgiveren ca. {cost} om måneden ({per_hour} pr. time).")
        }
        (Lang::En, false) => {
            format!("{h} more hours a week cost the employer about {cost} more a month ({per_hour} per hour).")
        }
        (Lang::En, true) => {
            format!("{h} fewer hours a week save the employer about {cost} a month ({per_hour} per hour).")
        }
    })
}

/// A text summary of the curve for screen readers and everyone else.
pub fn curve_summary(threshold: Option<f64>, ceiling: Option<f64>, lang: Lang) -> String {
    let mut out = String::new();
    // Past the ceiling the taper no longer matters: only name a threshold before it.
    if let Some(h) = threshold.filter(|h| ceiling.is_none_or(|c| *h < c)) {
        out.push_str(&match lang {
            Lang::Da => format!(
                "Fra {} timer om ugen er lønnen over aftrapningsgrænsen, og tilskuddet falder hurtigere. ",
                hours(h, lang)
            ),
            Lang::En => format!(
                "From {} hours a week the wage is above the taper threshold and the subsidy falls faster. ",
                hours(h, lang)
            ),
        });
    }
    out.push_str(&match (ceiling, lang) {
        (Some(h), Lang::Da) => {
            format!("Fra {} timer om ugen er lønloftet nået: flere timer giver ikke mere i alt.", hours(h, lang))
        }
        (Some(h), Lang::En) => format!(
            "From {} hours a week the wage ceiling is reached: more hours add nothing to the total.",
            hours(h, lang)
        ),
        (None, Lang::Da) => "Lønloftet nås ikke før fuld tid.".to_string(),
        (None, Lang::En) => "The wage ceiling is not reached before full time.".to_string(),
    });
    out
}

/// What one point of the curve holds, read out on focus or hover.
pub fn curve_point(h: f64, total: f64, wage: f64, subsidy: f64, tax: f64, net: f64, lang: Lang) -> String {
    let kr = |v| kroner(v, lang);
    match lang {
        Lang::Da => format!(
            // "kr." ends the sentence: no second full stop.
            "{} timer: i alt {}, lønindtægt {}, tilskud {}, skat {}, til udbetaling {}",
            hours(h, lang),
            kr(total),
            kr(wage),
            kr(subsidy),
            kr(tax),
            kr(net)
        ),
        Lang::En => format!(
            "{} hours: total {}, wage income {}, subsidy {}, tax {}, take-home {}.",
            hours(h, lang),
            kr(total),
            kr(wage),
            kr(subsidy),
            kr(tax),
            kr(net)
        ),
    }
}

#[cfg(feature = "reading")]
/// The message beside a field for what an agreement does not allow.
pub fn problem(kind: &crate::core::agreement::ProblemKind, lang: Lang) -> String {
    use crate::core::agreement::ProblemKind as K;
    let date = |d: chrono::NaiveDate| date(d, lang);
    match (kind, lang) {
        (K::NotFinite, _) => Msg::ErrEmpty.text(lang).to_string(),
        (K::Missing, _) => Msg::ErrMissing.text(lang).to_string(),
        (K::Unknown, _) => Msg::ErrUnknown.text(lang).to_string(),
        (K::EffectiveAboveAttended, _) => Msg::ErrEffectiveAboveAttended.text(lang).to_string(),
        (K::OutOfRange { min, max }, Lang::Da) => {
            format!("Skal være mellem {} og {}.", number(*min, 2, lang), number(*max, 2, lang))
        }
        (K::OutOfRange { min, max }, Lang::En) => {
            format!("Must be between {} and {}.", number(*min, 2, lang), number(*max, 2, lang))
        }
        (K::TooLong { max_chars }, Lang::Da) => format!("Teksten er for lang: højst {max_chars} tegn."),
        (K::TooLong { max_chars }, Lang::En) => format!("The text is too long: at most {max_chars} characters."),
        (K::TooMany { max }, Lang::Da) => format!("Højst {max}."),
        (K::TooMany { max }, Lang::En) => format!("At most {max}."),
        (K::DateOutOfRange { first, last }, Lang::Da) => {
            format!("Vælg en dato mellem {} og {}.", date(*first), date(*last))
        }
        (K::DateOutOfRange { first, last }, Lang::En) => {
            format!("Choose a date between {} and {}.", date(*first), date(*last))
        }
        (K::BeforeFleksjob { start }, Lang::Da) => {
            format!("Trinnet starter, før fleksjobbet gør ({}). Ret datoen her eller fleksjobbets start.", date(*start))
        }
        (K::BeforeFleksjob { start }, Lang::En) => {
            format!(
                "The step starts before the fleksjob does ({}). Change this date or the fleksjob's start.",
                date(*start)
            )
        }
        (K::Overlaps { step, end }, Lang::Da) => {
            format!("Trinnet starter, før trin {step} slutter ({}). Ret datoen eller trin {step}s længde.", date(*end))
        }
        (K::Overlaps { step, end }, Lang::En) => {
            format!(
                "The step starts before step {step} ends ({}). Change the date or step {step}'s length.",
                date(*end)
            )
        }
        (K::MoreDaysThanMonth { weekdays }, Lang::Da) => {
            format!("Flere dage end måneden har arbejdsdage ({weekdays}) i alt.")
        }
        (K::MoreDaysThanMonth { weekdays }, Lang::En) => {
            format!("More days in all than the month's {weekdays} working days.")
        }
        (K::RecordBeforeFleksjob { start }, Lang::Da) => {
            format!("Mødet ligger før fleksjobbets start ({}). Ret datoen her eller fleksjobbets start.", date(*start))
        }
        (K::RecordBeforeFleksjob { start }, Lang::En) => {
            format!(
                "The meeting is before the fleksjob's start ({}). Change this date or the fleksjob's start.",
                date(*start)
            )
        }
        (K::NextBeforeMeeting { date: d }, Lang::Da) => {
            format!("Næste opfølgning skal ligge efter dette møde ({}).", date(*d))
        }
        (K::NextBeforeMeeting { date: d }, Lang::En) => {
            format!("The next follow-up must come after this meeting ({}).", date(*d))
        }
        (K::OutsidePeriod { first, last }, Lang::Da) => format!(
            "Måneden ligger uden for aftalens måneder ({}–{}) og tæller ikke med.",
            month_name(*first, lang),
            month_name(*last, lang)
        ),
        (K::OutsidePeriod { first, last }, Lang::En) => format!(
            "The month is outside the agreement's months ({}–{}) and does not count.",
            month_name(*first, lang),
            month_name(*last, lang)
        ),
    }
}

/// "marts 2027", "March 2027".
pub fn month_name(m: crate::core::text::dates::Month, lang: Lang) -> String {
    format!("{} {}", month_alone(m, lang), m.year)
}

/// "marts", "March": the month without its year.
pub fn month_alone(m: crate::core::text::dates::Month, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = if lang == Lang::Da { &DA } else { &EN };
    names[(m.month as usize).clamp(1, 12) - 1]
}

#[cfg(feature = "reading")]
/// The message for an event's kind.
pub fn event_kind(kind: crate::core::agreement::EventKind) -> Msg {
    use crate::core::agreement::EventKind as E;
    match kind {
        E::HolidayWithPay => Msg::EvHolidayWithPay,
        E::HolidayWithHolidayPay => Msg::EvHolidayWithHolidayPay,
        E::SickWithWage => Msg::EvSickWithWage,
        E::SickWithoutWage => Msg::EvSickWithoutWage,
        E::Bonus => Msg::EvBonus,
    }
}

#[cfg(feature = "reading")]
/// Why a month's figures are what they are, as one sentence.
pub fn month_note(note: &crate::core::agreement::timeline::Note, lang: Lang) -> String {
    use crate::core::agreement::timeline::Note as N;
    use crate::core::agreement::EventKind as E;
    let h = |v: f64| hours(v, lang);
    // The month alone, lower case in Danish: "februar".
    let month = |m| month_alone(m, lang);
    let da = lang == Lang::Da;
    match note {
        N::FirstMonth if da => "Fleksjobbet begynder: tilskuddet beregnes af denne måneds løn, som arbejdsgiveren oplyser den, og fra næste måned af lønnen måneden før.".into(),
        N::FirstMonth => "The fleksjob begins: the subsidy is computed from this month's wage as the employer reports it, and from next month from the month before's wage.".into(),
        N::NewHours { hours, previous, old } if da => format!(
            "Løn for {} timer; tilskuddet er stadig beregnet af lønnen i {} for {} timer.",
            h(*hours), month(*previous), h(*old)
        ),
        N::NewHours { hours, previous, old } => format!(
            "Wage for {} hours; the subsidy is still computed from {}'s wage for {} hours.",
            h(*hours), month(*previous), h(*old)
        ),
        N::SplitMonth { day, old, hours } if da => format!(
            "Timerne skifter {}: {} timer før, {} timer fra da; månedens løn er et gennemsnit.",
            date(*day, lang), h(*old), h(*hours)
        ),
        N::SplitMonth { day, old, hours } => format!(
            "The hours change on {}: {} hours before, {} from then; the month's wage is an average.",
            date(*day, lang), h(*old), h(*hours)
        ),
        N::CaughtUp { previous, hours } if da => format!(
            "Tilskuddet er nu beregnet af lønnen i {} for {} timer.", month(*previous), h(*hours)
        ),
        N::CaughtUp { previous, hours } => format!(
            "The subsidy is now computed from {}'s wage for {} hours.", month(*previous), h(*hours)
        ),
        N::SickPayDeducted { previous, amount } if da => format!(
            "Sygedagpengene fra {} ({}) er trukket fuldt fra tilskuddet.", month(*previous), kroner(*amount, lang)
        ),
        N::SickPayDeducted { previous, amount } => format!(
            "{}'s sick pay ({}) is deducted in full from the subsidy.", month(*previous), kroner(*amount, lang)
        ),
        N::BonusCounted { previous, amount } if da => format!(
            "Bonussen fra {} ({}) har sænket tilskuddet.", month(*previous), kroner(*amount, lang)
        ),
        N::BonusCounted { previous, amount } => format!(
            "{}'s bonus ({}) has lowered the subsidy.", month(*previous), kroner(*amount, lang)
        ),
        N::HolidayPayCounted { previous } if da => format!(
            "Feriepengene fra {} talte som lønindtægt, ligesom lønnen ville have gjort.", month(*previous)
        ),
        N::HolidayPayCounted { previous } => format!(
            "{}'s holiday pay counted as wage income, as the wage would have.", month(*previous)
        ),
        N::Recorded { date: d, paid } if da => format!(
            "Opfølgningen {} registrerede {} betalte timer; månederne derefter bruger dem.",
            date(*d, lang), h(*paid)
        ),
        N::Recorded { date: d, paid } => format!(
            "The follow-up on {} recorded {} paid hours; the months after use them.",
            date(*d, lang), h(*paid)
        ),
        N::NewRates { year } if da => format!("Nye satser for {year}."),
        N::NewRates { year } => format!("New rates for {year}."),
        N::RatesOfYear { year, used } if da => format!("Satserne for {year} kendes ikke endnu; {used}-satserne er brugt."),
        N::RatesOfYear { year, used } => format!("The rates for {year} are not known yet; the {used} rates are used."),
        N::Event(e) => {
            let days = number(e.amount, 2, lang);
            match (e.kind, da) {
                (E::HolidayWithPay, true) => format!("{days} feriedage med løn: løn og tilskud som ellers."),
                (E::HolidayWithPay, false) => format!("{days} days of holiday with pay: wage and subsidy as usual."),
                (E::HolidayWithHolidayPay, true) => format!("{days} feriedage med feriepenge i stedet for løn; feriepengene tæller som lønindtægt."),
                (E::HolidayWithHolidayPay, false) => format!("{days} days of holiday on holiday pay instead of wage; the holiday pay counts as wage income."),
                (E::SickWithWage, true) => format!("{days} sygedage med løn: løn og tilskud som ellers."),
                (E::SickWithWage, false) => format!("{days} sick days with pay: wage and subsidy as usual."),
                (E::SickWithoutWage, true) => format!("{days} sygedage uden løn: sygedagpenge i stedet, og de trækkes fuldt fra næste måneds tilskud."),
                (E::SickWithoutWage, false) => format!("{days} sick days without pay: sick pay instead, deducted in full from next month's subsidy."),
                (E::Bonus, true) => format!("Bonus på {}: tæller som lønindtægt og sænker næste måneds tilskud.", kroner(e.amount, lang)),
                (E::Bonus, false) => format!("A bonus of {}: counts as wage income and lowers next month's subsidy.", kroner(e.amount, lang)),
            }
        }
    }
}

#[cfg(feature = "reading")]
/// Where an agreement came from, for the words of an error about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    File,
    Link,
}

#[cfg(feature = "reading")]
/// Why a file or share link could not be opened, in plain words.
pub fn import_error(err: &crate::core::agreement::io::ImportError, source: Source, lang: Lang) -> String {
    use crate::core::agreement::io::ImportError as E;
    use Source::{File, Link};
    let field = err.field().map(|f| format!(" ({f})")).unwrap_or_default();
    let reason = match (err, source, lang) {
        (E::TooLarge { .. }, File, Lang::Da) => "filen er for stor til at være en aftale".to_string(),
        (E::TooLarge { .. }, File, Lang::En) => "the file is too large to be an agreement".to_string(),
        (E::TooLarge { .. }, Link, Lang::Da) => "linket er for langt til at være en aftale".to_string(),
        (E::TooLarge { .. }, Link, Lang::En) => "the link is too long to be an agreement".to_string(),
        (E::NotAFragment, _, Lang::Da) | (E::NotJson { .. }, Link, Lang::Da) => {
            "linket er ufuldstændigt eller ændret".to_string()
        }
        (E::NotAFragment, _, Lang::En) | (E::NotJson { .. }, Link, Lang::En) => {
            "the link is incomplete or has been changed".to_string()
        }
        (E::NotJson { line, column }, File, Lang::Da) => {
            format!("filen er ikke en aftalefil (fejl i linje {line}, tegn {column})")
        }
        (E::NotJson { line, column }, File, Lang::En) => {
            format!("the file is not an agreement file (error at line {line}, character {column})")
        }
        (E::NotAgreementFile, File, Lang::Da) => "filen er ikke en progressionsaftale fra denne beregner".to_string(),
        (E::NotAgreementFile, File, Lang::En) => {
            "the file is not a progression agreement from this calculator".to_string()
        }
        (E::NotAgreementFile, Link, Lang::Da) => {
            "linket indeholder ikke en progressionsaftale fra denne beregner".to_string()
        }
        (E::NotAgreementFile, Link, Lang::En) => {
            "the link does not hold a progression agreement from this calculator".to_string()
        }
        (E::SchemaTooNew { .. }, File, Lang::Da) => "filen er lavet af en nyere udgave af beregneren".to_string(),
        (E::SchemaTooNew { .. }, File, Lang::En) => {
            "the file was made by a newer version of the calculator".to_string()
        }
        (E::SchemaTooNew { .. }, Link, Lang::Da) => "linket er lavet af en nyere udgave af beregneren".to_string(),
        (E::SchemaTooNew { .. }, Link, Lang::En) => {
            "the link was made by a newer version of the calculator".to_string()
        }
        (E::Missing { .. }, _, Lang::Da) => format!("et felt mangler{field}"),
        (E::Missing { .. }, _, Lang::En) => format!("a field is missing{field}"),
        (E::WrongShape { .. }, _, Lang::Da) => format!("et felt har en forkert form{field}"),
        (E::WrongShape { .. }, _, Lang::En) => format!("a field has the wrong form{field}"),
        (E::Invalid(_), _, Lang::Da) => format!("en værdi ligger uden for det tilladte{field}"),
        (E::Invalid(_), _, Lang::En) => format!("a value is outside what is allowed{field}"),
    };
    let lead = match source {
        File => Msg::ImportErr,
        Link => Msg::LinkErr,
    };
    format!("{}: {reason}.", lead.text(lang))
}

/// Said beside the year when the calendar year has no rates yet.
pub fn newest_rates_notice(current: u16, newest: u16, lang: Lang) -> String {
    match lang {
        Lang::Da => format!(
            "Satserne for {current} er ikke lagt ind endnu. Beregneren bruger de nyeste, fra {newest}. Kender du årets satser, så skriv dem under «Satser»."
        ),
        Lang::En => format!(
            "The rates for {current} are not in the calculator yet. It uses the newest, from {newest}. If you know this year's rates, enter them under «Rates»."
        ),
    }
}

/// A rate's status in words: the calculator's rates and the document's
/// table of rates both say it so.
pub fn status_msg(status: crate::core::income::rates::Status) -> Msg {
    use crate::core::income::rates::Status;
    match status {
        Status::Published => Msg::StatusPublished,
        Status::Derived => Msg::StatusDerived,
        Status::Unverified => Msg::StatusUnverified,
        Status::Overridden => Msg::StatusOverridden,
    }
}

/// A source or derivation note in the current language.
pub fn note(note: crate::core::income::rates::Note, lang: Lang) -> &'static str {
    match lang {
        Lang::Da => note.da,
        Lang::En => note.en,
    }
}

/// A rate with its status and source: "18.772 kr. (beregnet af os, ikke
/// offentliggjort). Kilde: …".
pub fn figure_note(figure: crate::core::income::rates::Figure, lang: Lang) -> String {
    let mut text = format!("{} ({})", kroner(figure.value, lang), status_msg(figure.status).text(lang));
    if !figure.source.is_empty() {
        text.push_str(&format!(". {}: {}", Msg::Source.text(lang), note(figure.source, lang)));
    }
    text
}

/// What a year of birth means for the senior's extra fradrag in `year`:
/// when folkepension age is reached, the 2 years the fradrag applies in,
/// and its amount where it applies (`annual`, per year).
pub fn senior_fradrag(born: u16, year: u16, applies: bool, annual: f64, lang: Lang) -> String {
    let Some(pension) = crate::core::income::folkepension::pension_year(born) else {
        return Msg::SeniorFradragUnknown.text(lang).to_string();
    };
    // The 2 years before the pension year, as far as the fradrag exists in them (from 2026).
    let and = if lang == Lang::Da { " og " } else { " and " };
    let mut years = String::new();
    for y in (pension - 2..pension).filter(|y| crate::core::income::tax::tax_year(*y).senior_fradrag_pct.value > 0.0) {
        if !years.is_empty() {
            years.push_str(and);
        }
        years.push_str(&y.to_string());
    }
    let msg = match (applies, years.is_empty()) {
        (true, _) => Msg::SeniorFradragApplies,
        (false, false) => Msg::SeniorFradragNotThisYear,
        (false, true) => Msg::SeniorFradragNone,
    };
    let text = fill(msg.text(lang), "{amount}", &kroner(annual, lang));
    let text = fill(&text, "{pension}", &pension.to_string());
    let text = fill(&text, "{years}", &years);
    fill(&text, "{year}", &year.to_string())
}

/// How numbers typed in this language are read ("32,067").
pub fn number_style(lang: Lang) -> crate::core::text::number::NumberStyle {
    match lang {
        Lang::Da => crate::core::text::number::NumberStyle::Danish,
        Lang::En => crate::core::text::number::NumberStyle::English,
    }
}

/// A date as the language writes it: 01.03.2026 in Danish (as case
/// systems do), 2026-03-01 in English.
pub fn date(d: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    match lang {
        Lang::Da => format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year()),
        Lang::En => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
    }
}

#[cfg(feature = "reading")]
impl crate::core::document::Locale for Lang {
    fn term(&self, term: crate::core::document::Term) -> &'static str {
        term_msg(term).text(*self)
    }
    fn number(&self, value: f64, decimals: usize) -> String {
        number(value, decimals, *self)
    }
    fn date(&self, d: chrono::NaiveDate) -> String {
        date(d, *self)
    }
    fn money(&self, value: f64) -> String {
        kroner(value, *self)
    }
    fn money_exact(&self, value: f64) -> String {
        kroner_exact(value, *self)
    }
    fn month(&self, month: crate::core::text::dates::Month) -> String {
        month_name(month, *self)
    }
    fn month_note(&self, note: &crate::core::agreement::timeline::Note) -> String {
        month_note(note, *self)
    }
}

#[cfg(feature = "reading")]
/// The message for each word of the agreement document.
pub fn term_msg(term: crate::core::document::Term) -> Msg {
    use crate::core::document::Term as T;
    match term {
        T::Title => Msg::AgreementTitle,
        T::FileTitle => Msg::SumTitle,
        T::Parties => Msg::PartiesHeading,
        T::Date => Msg::FollowUpDate,
        T::Citizen => Msg::Citizen,
        T::Employer => Msg::Employer,
        T::EmployerContact => Msg::EmployerContact,
        T::Consultant => Msg::Consultant,
        T::ConsultantKommune => Msg::ConsultantKommune,
        T::CollectiveAgreement => Msg::CollectiveAgreement,
        T::FleksjobStart => Msg::FleksjobStart,
        T::Fleksjob => Msg::DocFleksjob,
        T::FirstFleksjob => Msg::SumFirstFleksjob,
        T::LaterFleksjob => Msg::DocLaterFleksjob,
        T::Basis => Msg::BasisHeading,
        T::BasisMissing => Msg::DocBasisMissing,
        T::HourlyWage => Msg::DocHourlyWage,
        T::Lonloft => Msg::LonloftMonth,
        T::LonloftDetail => Msg::DocLonloftDetail,
        T::PensionEmployer => Msg::DocPensionEmployer,
        T::PensionEmployee => Msg::DocPensionEmployee,
        T::Municipality => Msg::Municipality,
        T::AllMunicipalities => Msg::MunicipalityAverage,
        T::ChurchTax => Msg::DocChurchTax,
        T::NotMember => Msg::DocNotMember,
        T::SingleParent => Msg::DocSingleParent,
        T::Yes => Msg::DocYes,
        T::RateYear => Msg::DocRateYear,
        T::Rates => Msg::DocRates,
        T::Rate => Msg::DocRate,
        T::Value => Msg::DocValue,
        T::PerMonth => Msg::DocPerMonth,
        T::Status => Msg::DocStatus,
        T::MaxSubsidy => Msg::MaxSubsidy,
        T::TaperThreshold => Msg::TaperThreshold,
        T::Kommuneskat => Msg::DocKommuneskat,
        T::DerivedMark => Msg::DocDerivedMark,
        T::EstimateNote => Msg::EstimateNote,
        T::Today => Msg::TodayHeading,
        T::AttendedHours => Msg::AttendedHours,
        T::EffectiveHours => Msg::EffectiveHours,
        T::PaidHours => Msg::PaidHours,
        T::Intensity => Msg::DocIntensity,
        T::Attended => Msg::DocAttended,
        T::Effective => Msg::DocEffective,
        T::Paid => Msg::DocPaid,
        T::StepHours => Msg::DocStepHours,
        T::Tasks => Msg::Tasks,
        T::HardTasks => Msg::HardTasks,
        T::Accommodations => Msg::AccommodationsHeading,
        T::Pace => Msg::AccPace,
        T::Breaks => Msg::AccBreaks,
        T::Lifting => Msg::AccLifting,
        T::SpreadOfHours => Msg::AccSpread,
        T::DaysOff => Msg::AccDaysOff,
        T::Goal => Msg::GoalHeading,
        T::Steps => Msg::DocSteps,
        T::Step => Msg::StepN,
        T::From => Msg::StepStart,
        T::Length => Msg::DocLength,
        T::Weeks => Msg::SumWeeks,
        T::Form => Msg::DocForm,
        T::Trial => Msg::SumTrial,
        T::Binding => Msg::SumBinding,
        T::Placement => Msg::DocPlacement,
        T::Economy => Msg::DocEconomy,
        T::Wage => Msg::WageMonth,
        T::Subsidy => Msg::Subsidy,
        T::Total => Msg::LegendTotal,
        T::PayOut => Msg::RowNet,
        T::EmployerCost => Msg::RowEmployerCost,
        T::StepTasks => Msg::DocStepTasks,
        T::IfNotWorking => Msg::StepIfNot,
        T::Support => Msg::SupportHeading,
        T::Mentor => Msg::Mentor,
        T::Aids => Msg::Aids,
        T::PersonalAssistance => Msg::PersonalAssistance,
        T::OtherSupport => Msg::OtherSupport,
        T::FollowUps => Msg::SumFollowUps,
        T::FollowUp => Msg::FollowUpKindLabel,
        T::Note => Msg::Note,
        T::Done => Msg::Done,
        T::Early => Msg::SumEarly,
        T::Periodic => Msg::SumPeriodic,
        T::StatusFollowUp => Msg::SumStatus,
        T::Custom => Msg::SumCustom,
        T::Agreed => Msg::DocAgreed,
        T::AgreementSentence => Msg::DocAgreementSentence,
        T::Name => Msg::DocName,
        T::Signature => Msg::DocSignature,
        T::RateStatus(status) => status_msg(status),
        T::Timeline => Msg::DocTimeline,
        T::TimelineIntro => Msg::TimelineIntro,
        T::TimelineCaption => Msg::TimelineCaption,
        T::TimelineNotes => Msg::TimelineNotes,
        T::TimelineUncertain => Msg::TimelineUncertain,
        T::OtherWageIncluded => Msg::DocOtherWageIncluded,
        T::OtherWage => Msg::DocOtherWage,
        T::InForceUntil => Msg::DocInForceUntil,
        T::BirthYear => Msg::DocBirthYear,
        T::SeniorFradrag => Msg::DocSeniorFradrag,
        T::AtMost => Msg::DocAtMost,
        T::Month => Msg::Month,
        T::MonthPay => Msg::MonthPay,
        T::Records => Msg::DocRecords,
        T::FollowUpNote => Msg::DocFollowUpNote,
        T::ProgressionCaption => Msg::DocProgressionCaption,
        T::PlannedPaid => Msg::DocPlannedPaid,
        T::HoursAxis => Msg::DocHoursAxis,
        T::Meeting => Msg::DocMeeting,
        T::Participants => Msg::Participants,
        T::RecordTasks => Msg::RecordTasks,
        T::RecordNotes => Msg::RecordNotes,
        T::RecordAccommodations => Msg::RecordAccommodations,
        T::CitizenWords => Msg::CitizenWords,
        T::DecisionLabel => Msg::DecisionLabel,
        T::Decision(d) => decision(d),
        T::NextFollowUp => Msg::NextFollowUp,
        T::NoteSentence => Msg::DocNoteSentence,
        T::NoteDecision => Msg::DocNoteDecision,
        T::NoteSignatures => Msg::DocNoteSignatures,
        T::GapSentence => Msg::DocGapSentence,
        T::GapNextStep => Msg::DocGapNextStep,
    }
}

#[cfg(feature = "reading")]
/// What a follow-up's decision changed in the steps, as one sentence.
pub fn plan_change(change: &crate::core::agreement::records::PlanChange, lang: Lang) -> String {
    use crate::core::agreement::records::PlanChange as C;
    let da = lang == Lang::Da;
    match change {
        C::Unchanged if da => "Opfølgningen er gemt. Trinene er uændrede.".into(),
        C::Unchanged => "The follow-up is saved. The steps are unchanged.".into(),
        C::NoNextStep if da => "Opfølgningen er gemt. Der er intet næste trin at starte; tilføj et trin.".into(),
        C::NoNextStep => "The follow-up is saved. There is no next step to start; add a step.".into(),
        C::NoStepToLeave if da => "Opfølgningen er gemt. Intet trin er i gang endnu, så der er intet at gå tilbage fra.".into(),
        C::NoStepToLeave => "The follow-up is saved. No step has started yet, so there is nothing to go back from.".into(),
        C::NextStepMoved { number, from, to } if da => format!(
            "Opfølgningen er gemt. Trin {number} starter nu {} i stedet for {}, og trinene efter er rykket lige så meget.",
            date(*to, lang), date(*from, lang)
        ),
        C::NextStepMoved { number, from, to } => format!(
            "The follow-up is saved. Step {number} now starts on {} instead of {}, and the steps after it moved as much.",
            date(*to, lang), date(*from, lang)
        ),
        C::HoursFrom { number, date: d, old, paid } if da => format!(
            "Opfølgningen er gemt. Fra {} er der {} betalte timer i stedet for {} (trin {number}).",
            date(*d, lang), hours(*paid, lang), hours(*old, lang)
        ),
        C::HoursFrom { number, date: d, old, paid } => format!(
            "The follow-up is saved. From {} there are {} paid hours instead of {} (step {number}).",
            date(*d, lang), hours(*paid, lang), hours(*old, lang)
        ),
    }
}

#[cfg(feature = "reading")]
/// The message for a follow-up's decision.
pub fn decision(d: crate::core::agreement::Decision) -> Msg {
    use crate::core::agreement::Decision as D;
    match d {
        D::Continue => Msg::DecContinue,
        D::NextStepNow => Msg::DecNextStepNow,
        D::AdjustStep => Msg::DecAdjustStep,
        D::StepBack => Msg::DecStepBack,
        D::TryInformally => Msg::DecTryInformally,
    }
}
