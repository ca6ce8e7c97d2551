// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
extension DemoContent {
    static let signalsZorg: [Signal] = [
        Signal(
            title: "Wachtlijst traplift loopt op tot vier maanden",
            description: "Cliënten die een traplift nodig hebben, wachten na het besluit nog vier maanden op plaatsing. Een oudere vrouw in "
                + "Zuid slaapt nu in de woonkamer en gaat met hulp van de buren naar boven om te douchen. Ze is al een keer gevallen.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "hoog", affected: "11-50",
            solution: "In het contract met de leverancier een maximale levertijd opnemen, met een boete als die niet gehaald wordt.",
            answer: "De leverancier heeft een tekort aan monteurs. We hebben afgesproken dat spoedgevallen binnen vier weken worden geplaatst. "
                + "Bij de nieuwe aanbesteding nemen we een maximale levertijd op. Tot plaatsing kan het wijkteam tijdelijk een bed beneden en "
                + "extra hulp bij het douchen regelen."
        ),
        Signal(
            title: "Woningaanpassing duurt maanden, cliënt slaapt in woonkamer",
            description: "Een man met een spierziekte heeft een aangepaste badkamer nodig. Het besluit is er, maar de aanpassing duurt door "
                + "offertes en vergunningen al vijf maanden. Hij wast zich nu aan de keukenkraan.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "We gaan bij grote woningaanpassingen werken met één vaste aannemer per wijk, zodat er niet meer drie offertes nodig zijn. "
                + "Ook krijgt elke aanvraag een vaste contactpersoon die de planning bewaakt. Voor deze cliënt zoeken we met de corporatie of "
                + "een aangepaste woning sneller is."
        ),
        Signal(
            title: "Nieuwe cliënten wachten zes weken op huishoudelijke hulp",
            description: "Na een besluit voor huishoudelijke hulp duurt het zes weken voordat de hulp begint. De aanbieders zeggen dat ze geen "
                + "personeel hebben. Vooral mensen die net uit het ziekenhuis komen, zitten in de problemen.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "meer-dan-50",
            solution: "Voorrang voor mensen die net uit het ziekenhuis komen.",
            answer: "Er is een tekort aan personeel bij alle aanbieders. We spreken af dat mensen na ontslag uit het ziekenhuis voorrang "
                + "krijgen en binnen een week hulp hebben. Tot de start kan het wijkteam tijdelijke hulp via vrijwilligers regelen."
        ),
        Signal(
            title: "Wmo-onderzoek niet binnen zes weken klaar",
            description: "Door de drukte in het wijkteam halen we de wettelijke termijn van zes weken voor het onderzoek vaak niet. "
                + "Cliënten bellen om te vragen waar hun aanvraag blijft. Sommigen dreigen met een ingebrekestelling.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "meer-dan-50",
            solution: "Eenvoudige aanvragen, zoals een rolstoel of huishoudelijke hulp, laten afhandelen door een apart team.",
            answer: "We richten een apart team in dat eenvoudige aanvragen afhandelt zonder uitgebreid gesprek. Daarmee hebben de "
                + "consulenten meer tijd voor de complexe situaties. We verwachten dat we over drie maanden weer binnen de termijn zitten."
        ),
        Signal(
            title: "Scootmobiel pas na drie maanden geleverd",
            description: "Een cliënt kan zonder scootmobiel het huis niet uit. Na het besluit duurde het drie maanden voordat hij werd "
                + "geleverd. In die tijd kwam hij bijna nergens en voelde hij zich erg eenzaam.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We gaan met de leverancier een voorraad hergebruikte scootmobielen aanleggen. Die kunnen binnen een week worden "
                + "uitgeleend, tot het eigen hulpmiddel er is. Dit start in het derde kwartaal."
        ),
        Signal(
            title: "Begeleiding thuis: geen aanbieder heeft plek",
            description: "Voor drie cliënten met een indicatie voor begeleiding thuis kan ik geen aanbieder vinden. Iedereen heeft een "
                + "wachtlijst. Een cliënt met psychische problemen zit nu zonder hulp en zijn post stapelt zich op.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We hebben een overzicht gevraagd van de wachtlijsten bij alle aanbieders en maken afspraken over voorrang bij risico. "
                + "Tot een aanbieder start, blijft het wijkteam zelf betrokken. We onderzoeken ook of het wijkteam een deel van de lichte "
                + "begeleiding zelf kan doen."
        ),
        Signal(
            title: "Kind wacht maanden op aangepaste rolstoel",
            description: "Een kind van acht groeit uit zijn rolstoel. De nieuwe rolstoel moet op maat gemaakt worden. Tussen aanvraag en "
                + "levering zit meer dan vier maanden. Het kind heeft pijn en kan niet goed zitten in de klas.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "hoog", affected: "2-10",
            solution: "Bij kinderen in de groei de nieuwe aanvraag al starten voordat de oude rolstoel te klein is.",
            answer: "Goed idee. We spreken met de leverancier af dat hulpmiddelen voor kinderen elk halfjaar worden gecontroleerd, zodat de "
                + "aanvraag op tijd start. Voor dit kind vragen we om voorrang bij de levering."
        ),
        Signal(
            title: "Wijkteam registreert alles dubbel in twee systemen",
            description: "Het wijkteam werkt in een eigen registratiesysteem, maar Wmo-besluiten worden in het gemeentelijke systeem gemaakt. "
                + "We typen elk gesprek en elke aanvraag twee keer in. Dat kost mij zeker vier uur per week.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "onbekend",
            solution: "Een koppeling tussen beide systemen, of één systeem voor wijkteam en Wmo.",
            answer: "We kiezen volgend jaar voor één systeem voor wijkteam en Wmo-toegang. Tot die tijd maken we afspraken over wat in welk "
                + "systeem moet, zodat dubbel werk zo veel mogelijk verdwijnt. De nieuwe werkwijze bespreken we in het volgende teamoverleg."
        ),
        Signal(
            title: "Dochter gaat inwonen voor mantelzorg, beide uitkeringen omlaag",
            description: "Een dochter met een bijstandsuitkering wil bij haar zieke vader gaan wonen om voor hem te zorgen. Door de "
                + "kostendelersnorm gaat zowel haar uitkering als de zijne omlaag. Nu blijft ze apart wonen en rijdt ze twee keer per dag heen "
                + "en weer.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Mantelzorgers die inwonen voor de zorg uitzonderen van de kostendelersnorm.",
            answer: "De kostendelersnorm is landelijk geregeld. De wetswijziging Participatiewet in balans geeft mogelijk meer ruimte voor "
                + "maatwerk bij mantelzorg. We hebben dit voorbeeld doorgegeven aan het ministerie. Tot die tijd kijken we per situatie of "
                + "de mantelzorg een bijzondere omstandigheid is."
        ),
        Signal(
            title: "Oudere durft inwonende mantelzorger niet te vragen",
            description: "Een oudere man met beginnende dementie kan niet meer alleen wonen. Zijn zoon wil bij hem intrekken, maar de vader "
                + "heeft gehoord dat zijn uitkering dan omlaag gaat. Hij wil daarom liever naar een verpleeghuis, terwijl dat nog niet nodig is.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "normaal", affected: "onbekend",
            solution: nil,
            answer: "De AOW van de vader gaat niet omlaag als zijn zoon bij hem komt wonen: samenwonen met een kind telt bij de AOW niet "
                + "mee. Het misverstand komt doordat de kostendelersnorm in de bijstand wel geldt. We maken een korte uitleg voor het wijkteam "
                + "over inwonen en mantelzorg, zodat niemand onnodig afziet van zorg thuis."
        ),
        Signal(
            title: "Geen respijtzorg voor mantelzorgers van mensen met dementie",
            description: "Mantelzorgers van mensen met dementie zijn vaak uitgeput. Er is in Dijkerveen geen logeeropvang, de dichtstbijzijnde "
                + "plek is ver weg en vol. Een vrouw van 78 zorgt dag en nacht voor haar man en heeft in een jaar geen dag vrij gehad.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We kopen vanaf volgend jaar twee logeerplekken in bij een verpleeghuis in Oost. Ook breiden we de vrijwillige "
                + "thuisoppas uit. Het wijkteam kan mantelzorgers hiervoor direct aanmelden."
        ),
        Signal(
            title: "Mantelzorgwaardering bereikt jonge mantelzorgers niet",
            description: "De mantelzorgwaardering wordt vooral aangevraagd door oudere mantelzorgers. Jongeren die voor een ouder of broertje "
                + "zorgen, weten niet dat ze mantelzorger zijn. Ze vallen buiten beeld.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "laag", affected: "onbekend",
            solution: nil,
            answer: "We werken samen met de scholen om jonge mantelzorgers te vinden, bijvoorbeeld via de mentor. Voor jongeren komt er een "
                + "andere vorm van waardering, zoals een uitje met andere jonge mantelzorgers."
        ),
        Signal(
            title: "Eigen bijdrage schrikt cliënten af voor huishoudelijke hulp",
            description: "Cliënten met een klein pensioen zeggen hun huishoudelijke hulp op als ze de rekening van de eigen bijdrage krijgen. "
                + "Daarna gaat het thuis snel mis. Ze weten niet dat het een vast bedrag per maand is.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "normaal", affected: "11-50",
            solution: "In het gesprek al uitleggen wat de eigen bijdrage is, en een voorbeeld laten zien.",
            answer: "De eigen bijdrage wordt landelijk via het CAK geregeld. We passen ons gesprek aan zodat de consulent uitlegt wat de "
                + "cliënt gaat betalen. Cliënten met een laag inkomen kunnen een tegemoetkoming aanvragen via de bijzondere bijstand."
        ),
        Signal(
            title: "Uitstroom beschermd wonen stokt door gebrek aan woningen",
            description: "In beschermd wonen zitten cliënten die al een jaar klaar zijn om zelfstandig te wonen. Er is geen woning. Ze raken "
                + "gefrustreerd en soms gaat het weer slechter met ze.",
            domain: "zorg-en-ondersteuning", policy: 6, urgency: "hoog", affected: "11-50",
            solution: nil,
            answer: "Met de nieuwe urgentie in de huisvestingsverordening krijgen deze cliënten voorrang. We spreken met de corporaties af "
                + "hoeveel woningen daarvoor beschikbaar komen. Het wijkteam biedt begeleiding na de verhuizing."
        ),
        Signal(
            title: "Budgetplan voor pgb is te ingewikkeld",
            description: "Cliënten die een pgb willen, moeten een budgetplan met uren en tarieven maken. Veel cliënten en hun familie snappen "
                + "dat niet. Daardoor duurt de aanvraag maanden of kiezen ze voor zorg in natura die niet bij ze past.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "2-10",
            solution: "Een invulvoorbeeld en hulp van een onafhankelijke cliëntondersteuner bij het budgetplan.",
            answer: "We maken een eenvoudig invulvoorbeeld en wijzen cliënten actief op gratis onafhankelijke cliëntondersteuning. Het "
                + "budgetplan zelf blijft nodig, omdat de SVB het pgb op basis daarvan uitbetaalt."
        ),
        Signal(
            title: "Taxi naar dagbesteding komt vaak te laat",
            description: "Cliënten die met het Wmo-vervoer naar de dagbesteding gaan, wachten soms een uur op de taxi. Ze missen daardoor "
                + "een deel van de dag. Ouderen met dementie raken onrustig van het wachten.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We hebben de vervoerder aangesproken op de afspraken over stiptheid. Er komt een maandelijkse rapportage, en bij "
                + "herhaalde vertraging volgt een boete. Klachten kunnen cliënten en mantelzorgers direct melden bij het klachtennummer van het "
                + "Wmo-vervoer."
        ),
        Signal(
            title: "Cliënt van loket naar loket voor kleine hulpvraag",
            description: "Een cliënt wilde alleen hulp bij boodschappen doen. De gemeente verwees naar de algemene voorziening, die verwees "
                + "terug naar het wijkteam. Na drie weken had ze nog steeds niemand.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We voeren de regel in dat de eerste medewerker eigenaar van de vraag blijft tot de hulp er is. Ook krijgen de "
                + "algemene voorzieningen en het wijkteam een gedeeld overzicht van wat ieder biedt."
        ),
        Signal(
            title: "Wmo stopt voordat de Wlz-indicatie er is",
            description: "Bij een cliënt met ernstige dementie is een Wlz-indicatie aangevraagd. Onze Wmo-ondersteuning liep af en werd niet "
                + "verlengd. De Wlz-zorg startte pas vijf weken later. In die tijd had hij bijna geen hulp.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "hoog", affected: "2-10",
            solution: "Wmo-ondersteuning altijd laten doorlopen tot de Wlz-zorg echt begint.",
            answer: "De Wmo-ondersteuning moet doorlopen tot de Wlz-zorg start. Dat gaat mis als de einddatum automatisch in het systeem "
                + "staat. We passen de werkwijze aan: bij een lopende Wlz-aanvraag wordt de einddatum niet meer automatisch gezet."
        ),
        Signal(
            title: "Partner van iemand met dementie overbelast, dagopvang vol",
            description: "De dagopvang voor mensen met dementie in Noord heeft een wachtlijst van drie maanden. Partners houden het thuis "
                + "bijna niet meer vol. Een meneer belde vorige week huilend op.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We breiden de dagopvang in Noord uit met één extra groep vanaf het najaar. In de tussentijd kan het wijkteam "
                + "thuisondersteuning en vrijwillige oppas inzetten. Overbelaste mantelzorgers krijgen voorrang op de wachtlijst."
        ),
        Signal(
            title: "Verwijzingen van huisartsen komen op losse manieren binnen",
            description: "Huisartsen sturen meldingen voor het wijkteam per post, per gewone mail of ze bellen. Er is geen vaste plek waar "
                + "het binnenkomt. Soms ligt een melding een week voordat iemand hem ziet.",
            domain: "zorg-en-ondersteuning", policy: nil, urgency: "normaal", affected: "onbekend",
            solution: "Eén beveiligd digitaal meldpunt voor huisartsen dat direct in het systeem van het wijkteam komt.",
            answer: "We richten een beveiligd meldformulier in voor huisartsen en andere verwijzers. Meldingen komen daarmee direct in het "
                + "systeem van het wijkteam en krijgen binnen twee werkdagen een reactie. Met de huisartsen maken we hierover afspraken."
        ),
        Signal(
            title: "Inwoners kennen gratis cliëntondersteuning niet",
            description: "Inwoners gaan vaak alleen het gesprek met het wijkteam in. Ze weten niet dat ze recht hebben op gratis "
                + "onafhankelijke cliëntondersteuning. Later zijn ze het niet eens met het besluit.",
            domain: "zorg-en-ondersteuning", policy: 3, urgency: "laag", affected: "onbekend",
            solution: nil,
            answer: "In de uitnodiging voor het gesprek staat cliëntondersteuning voortaan bovenaan, in eenvoudige taal. De consulent vraagt "
                + "aan het begin van het gesprek ook of de inwoner dat wil."
        ),
    ]

    static let signalsJeugd: [Signal] = [
        Signal(
            title: "Jeugdhulp stopt op achttiende verjaardag, volwassenenzorg nog niet geregeld",
            description: "Een jongere met autisme krijgt begeleiding vanuit de Jeugdwet. Op zijn achttiende verjaardag stopt die, maar de "
                + "Wmo-aanvraag is nog niet rond. Hij zit nu weken zonder hulp en gaat niet meer naar school.",
            domain: "jeugd", policy: 5, urgency: "hoog", affected: "11-50",
            solution: "De Wmo-aanvraag al een half jaar voor de achttiende verjaardag starten.",
            answer: "In de aanpak 18-/18+ start het wijkteam de overgang al op zestienjarige leeftijd. Tot die aanpak is vastgesteld, kan "
                + "jeugdhulp worden verlengd tot de Wmo-ondersteuning begint. We passen de werkinstructie hierop aan."
        ),
        Signal(
            title: "Pleegkind van 17 zonder plan voor na 18",
            description: "Een jongere van 17 in een pleeggezin weet niet wat er gebeurt als hij 18 wordt. De pleegouders denken dat de "
                + "vergoeding stopt en dat hij dan weg moet. Niemand heeft dit met hem besproken.",
            domain: "jeugd", policy: 5, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "Pleegzorg loopt standaard door tot 21 jaar als de jongere en de pleegouders dat willen. Dat is blijkbaar niet bij "
                + "iedereen bekend. We informeren alle pleeggezinnen met een jongere van 16 of 17 en bespreken het toekomstplan samen met de "
                + "pleegzorgaanbieder."
        ),
        Signal(
            title: "Jongere uit instelling staat op 18 op straat",
            description: "Een jongere die in een jeugdinstelling woonde, moest op zijn achttiende vertrekken. Hij had geen woning, geen "
                + "uitkering en geen zorgverzekering. Hij slaapt nu bij wisselende vrienden.",
            domain: "jeugd", policy: 5, urgency: "hoog", affected: "2-10",
            solution: "Geen vertrek uit een instelling zonder geregelde woonplek, inkomen en verzekering.",
            answer: "Dit mag niet gebeuren. In de aanpak 18-/18+ nemen we op dat een jongere pas vertrekt als wonen, inkomen en verzekering "
                + "geregeld zijn. Voor deze jongere regelen we vandaag een plek in de jongerenopvang en een aanvraag voor een uitkering."
        ),
        Signal(
            title: "Aanbieders weten niet dat verlengde jeugdhulp kan",
            description: "Jeugdhulpaanbieders stoppen de hulp op 18 jaar omdat ze denken dat het niet anders kan. Verlengen tot 23 jaar mag, "
                + "maar bijna niemand vraagt het aan. De jongeren moeten dan opnieuw beginnen bij de Wmo of ggz.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We sturen alle aanbieders een uitleg over verlengde jeugdhulp. Ook krijgt het wijkteam een automatische melding bij "
                + "jongeren van 17,5 jaar met jeugdhulp, zodat het gesprek over verlengen op tijd plaatsvindt."
        ),
        Signal(
            title: "Ggz-behandeling stopt bij 18, volwassen-ggz heeft wachtlijst",
            description: "Een meisje van 17 krijgt behandeling voor een eetstoornis. Op 18 moet ze over naar de volwassen-ggz, waar een "
                + "wachtlijst is van vier maanden. Haar ouders zijn erg ongerust.",
            domain: "jeugd", policy: nil, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "Voor ggz na 18 is de zorgverzekeraar verantwoordelijk, niet de gemeente. Wel kan de jeugdhulp worden verlengd tot er "
                + "een plek is. We bespreken dit met de aanbieder, en zetten de overgang naar volwassen-ggz op de agenda van het regionale "
                + "overleg met de zorgverzekeraar."
        ),
        Signal(
            title: "Jongere van 18 moet ineens alles zelf regelen",
            description: "Op 18 moet een jongere zelf een zorgverzekering afsluiten, zorgtoeslag aanvragen en misschien een uitkering. "
                + "Jongeren uit de jeugdhulp hebben niemand die ze daarbij helpt. Binnen een paar maanden hebben ze al schulden.",
            domain: "jeugd", policy: 5, urgency: "normaal", affected: "11-50",
            solution: "Een checklist voor de achttiende verjaardag die de jeugdhulpverlener samen met de jongere doorloopt.",
            answer: "In de aanpak 18-/18+ komt een vaste checklist met zorgverzekering, toeslagen, inkomen en wonen. De jeugdhulpverlener "
                + "loopt die samen met de jongere door. We testen de checklist eerst met de jongerenraad."
        ),
        Signal(
            title: "Twintig weken wachten op diagnostiek autisme",
            description: "Ouders die hulp zoeken voor hun kind met vermoedelijk autisme, wachten twintig weken op onderzoek. Intussen loopt "
                + "het op school vast. Een paar ouders betalen nu zelf een particulier onderzoek.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "De wachttijd ligt ver boven de acht weken uit het beleidsplan. In de regio maken we afspraken met aanbieders over "
                + "een maximale wachttijd. Tot het onderzoek kan het wijkteam al lichte hulp aan het gezin en de school bieden, zonder diagnose."
        ),
        Signal(
            title: "Ouders betalen zelf hulp door lange wachtlijst",
            description: "Een gezin wacht al drie maanden op gezinstherapie. Nu betalen ze zelf een particuliere therapeut, terwijl ze weinig "
                + "geld hebben. Ze vragen of ze dat terug kunnen krijgen.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Achteraf vergoeden kan niet, omdat de hulp niet via de gemeente is ingezet. Wel kan het gezin een pgb aanvragen als de "
                + "therapeut aan de eisen voldoet. We bekijken met het gezin of dat hier kan."
        ),
        Signal(
            title: "School en wijkteam delen geen informatie over leerling",
            description: "De school ziet dat een leerling steeds verzuimt en schrikt van zijn gedrag. Het wijkteam kent het gezin ook. Door de "
                + "privacyregels durft niemand informatie te delen. Zo werken we langs elkaar heen.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "11-50",
            solution: "Een afspraak dat school en wijkteam met toestemming van ouders samen een gesprek voeren.",
            answer: "Met toestemming van ouders mag informatie worden gedeeld, en een gezamenlijk gesprek is vaak de snelste weg. We maken "
                + "met de scholen een vaste werkwijze voor dit soort gesprekken, met een toestemmingsformulier in eenvoudige taal."
        ),
        Signal(
            title: "Beschikking jeugdhulp niet zichtbaar voor aanbieder",
            description: "Aanbieders van jeugdhulp krijgen de beschikking soms pas weken na de start van de hulp. Ze beginnen dan niet, of "
                + "op eigen risico. Het berichtenverkeer tussen ons systeem en dat van de aanbieders loopt vaak vast.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "onbekend",
            solution: "Een wekelijkse controle op vastgelopen berichten, met een vaste contactpersoon voor aanbieders.",
            answer: "We hebben een vaste medewerker aangewezen die elke week de vastgelopen berichten controleert en oplost. Aanbieders "
                + "krijgen één aanspreekpunt. Met de leverancier van het systeem kijken we naar een structurele oplossing."
        ),
        Signal(
            title: "Gezin met zes hulpverleners, niemand heeft de regie",
            description: "Bij een gezin in Noord zijn zes verschillende hulpverleners betrokken. Ieder heeft een eigen plan. Moeder weet niet "
                + "meer wie wat doet en zegt dat ze gek wordt van alle afspraken.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "2-10",
            solution: "Eén regisseur per gezin met één plan.",
            answer: "Het beleidsplan gaat uit van één gezin, één plan, één regisseur. In de praktijk lukt dat nog niet. Het wijkteam neemt "
                + "bij gezinnen met meer dan drie hulpverleners de regie, en organiseert een gezamenlijk gesprek met het gezin."
        ),
        Signal(
            title: "Sportvergoeding kinderen alleen via een aparte aanvraag",
            description: "Kinderen uit gezinnen met weinig geld kunnen een vergoeding krijgen voor sport en cultuur. Ouders moeten dat apart "
                + "aanvragen bij een andere organisatie. Veel ouders weten het niet of vinden het te lastig.",
            domain: "jeugd", policy: nil, urgency: "laag", affected: "meer-dan-50",
            solution: nil,
            answer: "We sturen gezinnen in de bijstand met kinderen voortaan elk jaar een brief met een code waarmee ze de vergoeding direct "
                + "kunnen gebruiken. Voor andere gezinnen met een laag inkomen blijft een korte aanvraag nodig."
        ),
        Signal(
            title: "Hulp bij scheiding komt pas als het escaleert",
            description: "Bij scheidingen waar ouders ruzie hebben, komt hulp pas als de kinderen klachten krijgen of er een melding is. Dan "
                + "is het vaak al te laat. Kinderen zitten maanden klem tussen hun ouders.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We starten een vrij toegankelijk spreekuur voor ouders in scheiding in de wijkcentra. Ook komt er een gratis "
                + "cursus voor ouders over samen ouder blijven na de scheiding."
        ),
        Signal(
            title: "Jonge mantelzorgers zijn niet in beeld",
            description: "Kinderen die thuis zorgen voor een zieke ouder, zien we bijna nooit. Ze komen pas in beeld als het op school misgaat. "
                + "Een jongen van 14 doet bijvoorbeeld alle boodschappen en kookt elke dag.",
            domain: "jeugd", policy: nil, urgency: "laag", affected: "onbekend",
            solution: nil,
            answer: "We nemen jonge mantelzorgers op in de nieuwe nota gezondheidsbeleid. De scholen en het wijkteam krijgen een korte "
                + "training om jonge mantelzorgers te herkennen. Ook komt er een ontmoetingsgroep voor jonge mantelzorgers."
        ),
        Signal(
            title: "Praktijkondersteuner jeugd alleen bij huisartsen in Centrum",
            description: "In Centrum hebben de huisartsen een praktijkondersteuner jeugd. In Noord en Zuid niet. Daar verwijzen huisartsen "
                + "sneller door naar dure specialistische hulp.",
            domain: "jeugd", policy: 4, urgency: "normaal", affected: "meer-dan-50",
            solution: "Ook in Noord en Zuid een praktijkondersteuner jeugd, betaald door de gemeente.",
            answer: "De proef in Centrum laat zien dat minder kinderen worden doorverwezen. We breiden de praktijkondersteuner jeugd volgend "
                + "jaar uit naar Noord en Zuid. De gesprekken met de huisartsen daar lopen."
        ),
        Signal(
            title: "Gescheiden ouder weigert toestemming voor jeugdhulp",
            description: "Voor jeugdhulp bij een kind van 12 is toestemming van beide ouders met gezag nodig. Vader weigert omdat hij boos is "
                + "op moeder. De hulp kan daardoor al maanden niet beginnen.",
            domain: "jeugd", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Voor lichte hulp is niet altijd toestemming van beide ouders nodig; voor behandeling meestal wel. De ouder die wil kan "
                + "de rechter om vervangende toestemming vragen. We maken een werkinstructie die uitlegt wanneer wat nodig is."
        ),
        Signal(
            title: "Gezinsvoogd wisselt steeds, gezin moet telkens opnieuw vertellen",
            description: "Een gezin met een ondertoezichtstelling heeft in een jaar vier verschillende gezinsvoogden gehad. Elke keer moeten ze "
                + "hun verhaal opnieuw vertellen. Ouders en kinderen vertrouwen niemand meer.",
            domain: "jeugd", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "De gecertificeerde instelling heeft veel verloop van personeel. We bespreken dit in het regionale overleg over "
                + "jeugdbescherming. Ook vragen we dat bij een wissel de oude en nieuwe gezinsvoogd samen een gesprek voeren met het gezin."
        ),
        Signal(
            title: "Jongere met lichte beperking valt na 18 buiten de hulp",
            description: "Een jongere van 17 met een lichte verstandelijke beperking heeft veel hulp bij plannen en geld. Na 18 moet hij alles "
                + "zelf regelen, want voor de Wmo lijkt hij te zelfstandig. Ik ben bang dat hij snel schulden krijgt en in verkeerde kringen "
                + "belandt.",
            domain: "jeugd", policy: 5, urgency: "normaal", affected: "11-50",
            solution: "De begeleiding vanuit de Jeugdwet laten doorlopen tot 21, met een afbouwplan.",
            answer: "Jeugdhulp kan worden verlengd als dat nodig is. In het toekomstplan van de aanpak 18-/18+ nemen we op dat begeleiding "
                + "pas stopt als er een afbouwplan is. Het wijkteam blijft na 18 het vaste aanspreekpunt."
        ),
    ]
}
