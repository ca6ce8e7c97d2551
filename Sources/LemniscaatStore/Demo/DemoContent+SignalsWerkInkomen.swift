// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
extension DemoContent {
    static let signalsWerk: [Signal] = [
        Signal(
            title: "Werkaanvaarding komt niet door naar uitkeringsadministratie",
            description: "Als een cliënt gaat werken, zet ik dat in het re-integratiesysteem. Maar het uitkeringssysteem weet dat pas als ik "
                + "een apart formulier naar inkomen stuur. Daardoor wordt de uitkering soms een maand te lang betaald en moet de cliënt "
                + "later terugbetalen. Zo maken we zelf nieuwe schulden.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "11-50",
            solution: "Eén melding in het re-integratiesysteem die automatisch doorgaat naar de uitkeringsadministratie.",
            answer: "Dit is een bekend probleem. De koppeling tussen beide systemen staat op de planning van informatievoorziening voor het "
                + "tweede kwartaal. Tot die tijd geldt een vaste werkinstructie: de klantmanager werk meldt de werkaanvaarding dezelfde dag via "
                + "het digitale formulier, en inkomen verwerkt die binnen twee werkdagen."
        ),
        Signal(
            title: "Loonkostensubsidie komt pas na tien weken bij werkgever",
            description: "Kleine werkgevers in Oost vertellen dat ze acht tot tien weken wachten op de eerste betaling van de "
                + "loonkostensubsidie. Ze moeten het loon wel vanaf de eerste dag betalen. Twee werkgevers willen daarom geen nieuwe "
                + "kandidaten meer aannemen.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "2-10",
            solution: "Een voorschot op de loonkostensubsidie in de eerste drie maanden.",
            answer: "We gaan vanaf volgend kwartaal een voorschot van 80 procent betalen zodra de loonwaarde is vastgesteld. De definitieve "
                + "afrekening volgt na de eerste drie maanden. Werkgevers krijgen hierover een brief van het werkgeversservicepunt."
        ),
        Signal(
            title: "Cliënt gaat er eerst op achteruit bij parttime werk",
            description: "Een alleenstaande moeder begint voor 20 uur per week. Haar loon verschilt per maand en wij verrekenen het pas "
                + "achteraf. In de eerste twee maanden had ze daardoor minder geld dan toen ze alleen bijstand had. Ze twijfelt nu of "
                + "werken wel zin heeft.",
            domain: "werk", policy: 2, urgency: "hoog", affected: "11-50",
            solution: "Verrekenen op basis van een schatting van het loon, met een correctie pas na drie maanden.",
            answer: "Dit raakt precies het doel 'werken moet lonen'. We starten een proef waarbij we de eerste drie maanden met een vaste "
                + "schatting verrekenen en pas daarna corrigeren. Daarnaast zetten we dit punt op de agenda van het regionale overleg, omdat de "
                + "landelijke wetgeving rond inkomstenverrekening wordt aangepast."
        ),
        Signal(
            title: "Jobcoach pas na zes weken beschikbaar",
            description: "Als een cliënt met een arbeidsbeperking start bij een werkgever, is de jobcoach vaak pas na zes weken "
                + "beschikbaar. Juist de eerste weken zijn belangrijk. Ik zie dat plaatsingen in die periode misgaan.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We hebben met de aanbieder van jobcoaching afgesproken dat een jobcoach binnen tien werkdagen na de start begint. Het "
                + "contract wordt daarvoor uitgebreid. Als het toch langer duurt, kun je dit melden bij het werkgeversservicepunt, dan zoeken "
                + "we een tijdelijke oplossing."
        ),
        Signal(
            title: "ZZP'er wacht maanden op onderzoek levensvatbaarheid bedrijf",
            description: "Een cliënt was ZZP'er en wil zijn bedrijf weer opstarten. Hij heeft aanvullende bijstand nodig, maar het "
                + "onderzoek naar de levensvatbaarheid duurt bijna drie maanden. In die tijd mag hij weinig opdrachten aannemen. Hij raakt "
                + "zijn klanten kwijt.",
            domain: "werk", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Een snellere eerste toets, zodat de ondernemer al kan starten terwijl het volledige onderzoek loopt.",
            answer: "De regels voor zelfstandigen komen uit het landelijke Besluit bijstandverlening zelfstandigen. Het onderzoek doet het "
                + "regionale loket voor ondernemers. We hebben afgesproken dat een eerste advies er binnen zes weken is. Jouw signaal gaat ook "
                + "mee naar het overleg met de andere gemeenten in de regio."
        ),
        Signal(
            title: "Vrijwilligerswerk telt niet als stap in plan",
            description: "Voor sommige cliënten is vrijwilligerswerk de enige haalbare stap. In het plan van aanpak kan ik dat alleen "
                + "kiezen als 'geen re-integratie'. Daardoor lijkt het alsof we niets doen en telt het niet mee in de cijfers.",
            domain: "werk", policy: 2, urgency: "laag", affected: "11-50",
            solution: nil,
            answer: "Terecht punt. Het programma Werk dat past noemt vrijwilligerswerk juist als passende stap. We voegen de keuze "
                + "'maatschappelijke participatie' toe in het plan van aanpak en nemen die mee in de rapportage aan de raad."
        ),
        Signal(
            title: "Loonkostensubsidie geweigerd bij uitzendbureau als werkgever",
            description: "Een werkgever wil een cliënt alleen aannemen via een uitzendbureau. Bij ons team wordt gezegd dat "
                + "loonkostensubsidie dan niet kan. De cliënt loopt zo een baan mis die goed bij hem past.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Loonkostensubsidie kan wel als het uitzendbureau de formele werkgever is en de cliënt daar in dienst komt. We passen "
                + "de werkinstructie aan, zodat dit voor iedereen duidelijk is. Neem voor deze cliënt contact op met het "
                + "werkgeversservicepunt, dan kijken we nog deze week naar de situatie."
        ),
        Signal(
            title: "Kinderopvang niet op tijd geregeld voor start werk",
            description: "Een alleenstaande moeder kan over een week beginnen met werk. De kinderopvang en de toeslag zijn dan nog lang niet "
                + "geregeld. De werkgever wil niet wachten. Ik heb al drie keer gezien dat een baan hierdoor niet doorging.",
            domain: "werk", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Een tijdelijke gemeentelijke vergoeding voor de opvang in de eerste twee maanden.",
            answer: "Ouders in een traject naar werk horen bij de doelgroepen van de Wet kinderopvang waarvoor de gemeente kan bijdragen. "
                + "Die mogelijkheid is bij klantmanagers te weinig bekend. We maken de aanvraag eenvoudiger en zorgen dat een besluit binnen "
                + "vijf werkdagen mogelijk is."
        ),
        Signal(
            title: "Statushouders wachten maanden op start taaltraject",
            description: "Statushouders die in Dijkerveen komen wonen, wachten vaak drie maanden of langer tot hun taaltraject start. In die "
                + "tijd doen ze niets en raken ze hun motivatie kwijt. Werk naast de taal is bijna niet te regelen, omdat de lessen op "
                + "wisselende dagen zijn.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "11-50",
            solution: "Taallessen op vaste dagdelen, zodat statushouders ernaast kunnen werken of vrijwilligerswerk kunnen doen.",
            answer: "We hebben met de taalaanbieders afgesproken dat een traject binnen zes weken na de brede intake start. Voor nieuwe "
                + "groepen kiezen we vaste dagdelen, zodat werken naast de les mogelijk is. Dit nemen we op in de volgende aanbesteding."
        ),
        Signal(
            title: "Buitenlands diploma niet erkend, statushouder werkt ver onder niveau",
            description: "Een statushouder was in zijn eigen land verpleegkundige. Hij mag hier niet in de zorg werken zolang zijn diploma "
                + "niet is beoordeeld. Dat duurt lang en kost geld. Nu werkt hij in een magazijn terwijl de zorg mensen zoekt.",
            domain: "werk", policy: nil, urgency: "laag", affected: "2-10",
            solution: "De kosten van diplomawaardering vergoeden vanuit het re-integratiebudget.",
            answer: "De kosten van diplomawaardering en een eventuele bijscholing kunnen vanuit het re-integratiebudget worden betaald. Dat "
                + "nemen we op in de werkinstructie. Ook bespreken we met zorgorganisaties in de regio of zij een leerwerkplek kunnen bieden "
                + "tijdens de erkenning."
        ),
        Signal(
            title: "Geen leerwerkplek voor jongeren zonder startkwalificatie",
            description: "Ik heb vijf jongeren zonder diploma die graag willen leren en werken tegelijk. Er zijn bijna geen werkgevers die een "
                + "leerwerkplek bieden op entreeniveau. De jongeren blijven nu thuis zitten met een uitkering.",
            domain: "werk", policy: 8, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We werven samen met het mbo en het werkgeversservicepunt twintig extra leerwerkplekken op entreeniveau. Werkgevers "
                + "krijgen daarbij begeleiding vanuit de school. De eerste plekken zijn na de zomer beschikbaar; je krijgt bericht wanneer je "
                + "jongeren kunt aanmelden."
        ),
        Signal(
            title: "Werkgeverscontacten staan in drie verschillende lijsten",
            description: "Accountmanagers, klantmanagers en het team van de jongeren hebben elk een eigen lijst met werkgevers. Daardoor "
                + "bellen we soms met drie mensen dezelfde werkgever. Een werkgever zei vorige week dat hij er klaar mee was.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "onbekend",
            solution: "Eén gedeeld overzicht van werkgeverscontacten in het re-integratiesysteem.",
            answer: "We herkennen dit. Het werkgeversservicepunt wordt het enige aanspreekpunt voor werkgevers, en alle contacten komen in "
                + "één module van het re-integratiesysteem. Tot die klaar is, gebruiken we één gedeelde lijst die het werkgeversservicepunt "
                + "beheert."
        ),
        Signal(
            title: "Werkgever wil niet wachten op beoordeling arbeidsvermogen",
            description: "Een cliënt met een lichte verstandelijke beperking kan bij een groenbedrijf beginnen. Voor het doelgroepregister is "
                + "een beoordeling van het UWV nodig en die duurt drie tot vier maanden. De werkgever wil nu iemand en haakt af.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "De beoordeling ligt bij het UWV, daar hebben we als gemeente geen invloed op de termijn. Wel kunnen we een proefplaatsing "
                + "inzetten, zodat de cliënt alvast kan beginnen. Het lange wachten hebben we ook aangekaart in het regionale overleg met het "
                + "UWV."
        ),
        Signal(
            title: "Beslag op loon maakt werken voor cliënt zinloos",
            description: "Cliënten met schulden die gaan werken, krijgen vaak direct loonbeslag. Ze houden dan net zoveel over als met een "
                + "uitkering. Een paar cliënten zijn daarom weer gestopt met werken.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "11-50",
            solution: "Bij de start van werk meteen de beslagvrije voet laten controleren en schuldhulp aanbieden.",
            answer: "Goed signaal. Vanaf nu bieden we bij elke werkaanvaarding een gesprek met schuldhulpverlening aan, waarin ook de "
                + "beslagvrije voet wordt gecontroleerd. Daarnaast onderzoeken we of een werkstartpremie buiten het beslag kan blijven."
        ),
        Signal(
            title: "Reiskosten eerste maand werk niet te betalen",
            description: "Het eerste salaris komt vaak pas na vijf weken. De bijstand stopt al eerder of wordt verrekend. Cliënten hebben dan "
                + "geen geld voor de bus naar het werk.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Dit kan al: reiskosten in de eerste maand mogen uit het re-integratiebudget worden vergoed. Het is alleen niet bekend bij "
                + "iedereen. We zetten het in de werkinstructie en in het overzicht 'starten met werk' dat de cliënt krijgt."
        ),
        Signal(
            title: "Cliënten boven de zestig krijgen geen aanbod meer",
            description: "In ons team krijgen cliënten boven de zestig bijna nooit meer een traject. Toch zijn er een paar die graag willen "
                + "werken. Ze voelen zich afgeschreven.",
            domain: "werk", policy: 2, urgency: "laag", affected: "11-50",
            solution: nil,
            answer: "Leeftijd is in het programma geen reden om geen aanbod te doen. We bespreken in het teamoverleg hoe we oudere cliënten "
                + "die willen werken beter kunnen helpen, bijvoorbeeld met korte opleidingen of vrijwilligerswerk met een doorgroeikans."
        ),
        Signal(
            title: "Mantelzorger kan niet voldoen aan sollicitatieplicht",
            description: "Een cliënt zorgt elke dag voor zijn zieke moeder. Volgens de regels moet hij fulltime beschikbaar zijn voor werk. "
                + "Hij is bang dat hij gekort wordt als hij de zorg voorlaat gaan.",
            domain: "werk", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Mantelzorg vastleggen als reden voor tijdelijke ontheffing van de arbeidsverplichtingen.",
            answer: "De Participatiewet geeft ruimte voor een tijdelijke ontheffing bij dringende redenen, en intensieve mantelzorg kan "
                + "daaronder vallen. We maken een werkinstructie met voorbeelden, zodat klantmanagers dit op dezelfde manier toepassen."
        ),
        Signal(
            title: "Indicatie beschut werk, maar geen plek beschikbaar",
            description: "Drie cliënten hebben van het UWV een advies voor beschut werk gekregen. Bij het werkbedrijf is al maanden geen plek. "
                + "Ze zitten thuis, terwijl ze wel willen werken.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We hebben met het werkbedrijf afgesproken dat er dit jaar vijftien extra plekken beschut werk komen. De wachttijd moet "
                + "daarmee onder de drie maanden komen. Tot die tijd kunnen de cliënten dagbesteding of vrijwilligerswerk doen als zij dat "
                + "willen."
        ),
        Signal(
            title: "Werkervaringsplek duurt al twee jaar zonder perspectief",
            description: "Een cliënt werkt al twee jaar met behoud van uitkering bij hetzelfde bedrijf. Hij doet gewoon het werk van een "
                + "betaalde kracht. Er komt geen contract, en het bedrijf vraagt steeds om verlenging.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Een werkervaringsplek duurt volgens de re-integratieverordening maximaal zes maanden, met één keer verlenging. We "
                + "bespreken deze situatie met het bedrijf en vragen om een contract met loonkostensubsidie. Lukt dat niet, dan stopt de plek."
        ),
        Signal(
            title: "Cliënt met burn-out moet toch solliciteren",
            description: "Een cliënt is net uit een burn-out en heeft een behandeling bij de ggz. Het systeem zet hem automatisch op de lijst "
                + "voor de sollicitatiecursus. Hij raakte in paniek door de brief.",
            domain: "werk", policy: nil, urgency: "laag", affected: "1",
            solution: nil,
            answer: "De automatische uitnodiging hoort niet te gaan naar cliënten met een lopende behandeling. We laten de selectie in het "
                + "systeem aanpassen. Tot die tijd kun je een cliënt handmatig uitzonderen; de instructie daarvoor staat op het intranet."
        ),
        Signal(
            title: "Vrijlating van bijverdiensten stopt na zes maanden",
            description: "Een cliënt werkt twaalf uur per week en mag een deel van zijn loon houden. Na zes maanden stopt die vrijlating. "
                + "Hij houdt dan niets meer over van het extra werk en wil minder uren gaan werken.",
            domain: "werk", policy: 2, urgency: "normaal", affected: "11-50",
            solution: "De vrijlating langer laten doorlopen voor cliënten die stap voor stap meer uren gaan werken.",
            answer: "De termijn van de vrijlating staat in de Participatiewet; we kunnen die lokaal niet verlengen. De wetswijziging "
                + "Participatiewet in balans maakt de bijverdiengrens eenvoudiger. Tot die tijd kunnen we een werkstartpremie geven bij "
                + "een urenuitbreiding, dat nemen we op in de re-integratieverordening."
        ),
    ]

    static let signalsInkomen: [Signal] = [
        Signal(
            title: "Aanvraagformulier bijzondere bijstand is te lang en moeilijk",
            description: "Het formulier voor bijzondere bijstand heeft veertien pagina's. Er staan vragen in over vermogen en inkomen die "
                + "cliënten niet snappen. Veel mensen met weinig doenvermogen beginnen er niet eens aan. Ik vul het nu vaak samen met ze "
                + "in, dat kost een uur per cliënt.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "meer-dan-50",
            solution: "Een kort formulier van twee pagina's voor kleine bedragen, de rest via een gesprek.",
            answer: "Het korte formulier voor aanvragen tot € 500 is sinds maart in gebruik, maar het is nog niet overal bekend. We zetten "
                + "het bovenaan op de website en bij de balie. Voor hogere bedragen kijken we samen met de cliëntenraad welke vragen weg kunnen."
        ),
        Signal(
            title: "Cliënten begrijpen brief over ontbrekende stukken niet",
            description: "Als er stukken ontbreken, krijgt de cliënt een brief vol juridische taal met een termijn van twee weken. Veel mensen "
                + "snappen niet wat er van ze gevraagd wordt. Daarna wordt de aanvraag buiten behandeling gesteld en moeten ze opnieuw "
                + "beginnen.",
            domain: "inkomen", policy: 0, urgency: "hoog", affected: "11-50",
            solution: "De brief herschrijven in eenvoudige taal en de cliënt eerst bellen voordat de aanvraag buiten behandeling gaat.",
            answer: "We herschrijven de brief dit kwartaal samen met een taalspecialist en leggen hem voor aan de cliëntenraad. Ook komt er "
                + "een vaste afspraak: voordat een aanvraag buiten behandeling gaat, bellen we de cliënt minstens één keer."
        ),
        Signal(
            title: "Ouderen lukt digitaal aanvragen zonder hulp niet",
            description: "Steeds meer aanvragen moeten digitaal met DigiD. Oudere cliënten hebben geen computer of weten hun inlog niet meer. "
                + "Ze komen naar het wijkteam en wij moeten dan alles voor ze doen.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Een papieren formulier blijft altijd mogelijk; dat leggen we vast in de beleidsregels. Bij de balie en in de bibliotheek "
                + "kunnen inwoners hulp krijgen bij digitaal aanvragen. We maken een folder die het wijkteam kan meegeven."
        ),
        Signal(
            title: "Aanvraag afgewezen door één ontbrekend bankafschrift",
            description: "Een cliënt vroeg bijzondere bijstand aan voor een nieuwe bril. Eén bankafschrift van drie maanden geleden ontbrak en "
                + "de aanvraag werd buiten behandeling gesteld. Alle andere stukken waren er wel.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Voor aanvragen tot € 500 vragen we voortaan alleen het afschrift van de laatste maand. Dat past bij het doel van de "
                + "beleidsregels om aanvragen eenvoudiger te maken. De werkinstructie wordt deze maand aangepast."
        ),
        Signal(
            title: "Inwoners vragen inkomenstoeslag niet aan door laag doenvermogen",
            description: "Veel cliënten die al jaren in de bijstand zitten, hebben recht op de individuele inkomenstoeslag. Ze weten het niet "
                + "of vinden de aanvraag te moeilijk. Dat geld blijft dus liggen terwijl ze het hard nodig hebben.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "meer-dan-50",
            solution: "De inkomenstoeslag automatisch toekennen aan cliënten die al drie jaar of langer bijstand hebben.",
            answer: "We gaan cliënten van wie we al weten dat ze aan de voorwaarden voldoen, een vooraf ingevuld formulier sturen. Ze hoeven "
                + "dan alleen te tekenen. We onderzoeken of volledig automatisch toekennen juridisch kan; daarover volgt na de zomer een besluit."
        ),
        Signal(
            title: "Elk jaar opnieuw aanvragen voor kosten bewindvoering",
            description: "Cliënten met beschermingsbewind moeten elk jaar opnieuw bijzondere bijstand aanvragen voor de kosten van de "
                + "bewindvoerder. Ze leveren dan weer alle stukken in, terwijl er niets veranderd is. Voor ons is het ook veel werk.",
            domain: "inkomen", policy: 0, urgency: "laag", affected: "11-50",
            solution: nil,
            answer: "We kennen de bijzondere bijstand voor bewindvoeringskosten voortaan toe voor de hele looptijd van het bewind. Alleen bij "
                + "een wijziging in inkomen of situatie is een nieuwe aanvraag nodig. Dit staat in de aangepaste werkinstructie."
        ),
        Signal(
            title: "Moeder gekort omdat werkloze zoon van 23 thuis woont",
            description: "Een moeder in de bijstand heeft een zoon van 23 die thuis woont. Hij heeft geen werk en geen eigen uitkering. Door "
                + "de kostendelersnorm is haar uitkering flink omlaag gegaan. Hij wil het huis uit, maar er is geen kamer te vinden.",
            domain: "inkomen", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Bij jongeren die aantoonbaar op zoek zijn naar woonruimte de kostendelersnorm tijdelijk niet toepassen.",
            answer: "De kostendelersnorm is landelijk geregeld en we mogen er maar beperkt van afwijken. We kijken wel of de zoon zelf een uitkering "
                + "kan aanvragen, want dan telt zijn bijdrage mee. Het signaal gaat naar het landelijke overleg van gemeenten en het ministerie, "
                + "omdat de kostendelersnorm in de wetswijziging Participatiewet in balans opnieuw bekeken wordt."
        ),
        Signal(
            title: "Kostendelersnorm toegepast bij gewone kamerhuurder",
            description: "Een cliënt verhuurt een kamer aan iemand die ze niet kent, voor een normale huurprijs. Toch is de kostendelersnorm "
                + "toegepast. Ze snapt niet waarom, want ze delen niets behalve de keuken.",
            domain: "inkomen", policy: nil, urgency: "normaal", affected: "1",
            solution: nil,
            answer: "Bij een zakelijke huurrelatie tegen een normale prijs geldt de kostendelersnorm niet. Dat staat in de wet als "
                + "uitzondering. We bekijken dit besluit opnieuw en nemen het voorbeeld op in de werkinstructie, zodat het niet nog eens gebeurt."
        ),
        Signal(
            title: "Kind van 21 met bijbaan telt volledig mee",
            description: "Een dochter van 21 werkt een paar uur per week in de supermarkt en verdient weinig. Toch telt ze volledig mee in de "
                + "kostendelersnorm van haar vader. Thuis ontstaat ruzie over geld, en de dochter overweegt weg te gaan zonder woonplek.",
            domain: "inkomen", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "De wet kijkt naar leeftijd en niet naar het inkomen van de inwonende volwassene. Daar kunnen we als gemeente niet van "
                + "afwijken. We hebben het signaal met andere voorbeelden naar het ministerie gestuurd, omdat de leeftijdsgrens in de "
                + "wetswijziging wordt besproken."
        ),
        Signal(
            title: "Energievoorschot hoger dan het hele leefgeld",
            description: "Een gezin in Noord betaalt sinds kort een voorschot voor energie dat bijna net zo hoog is als hun leefgeld per "
                + "week. Het huis is oud en tochtig. Ze zetten de verwarming uit en de kinderen slapen met jassen aan.",
            domain: "inkomen", policy: 7, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "Het gezin kan bijzondere bijstand krijgen voor de hoge energiekosten als de woning de oorzaak is. We vragen ook een "
                + "energiecoach langs te gaan en nemen contact op met de verhuurder over isolatie. De evaluatie van Warm Thuis laat zien dat "
                + "vooral de verhuurder moet bewegen; dat nemen we mee in de nieuwe aanpak."
        ),
        Signal(
            title: "Na einde energietoeslag lopen achterstanden snel op",
            description: "Sinds de energietoeslag is gestopt, zie ik bij veel huishoudens met een laag inkomen de energieachterstand oplopen. "
                + "Vooral gezinnen net boven de bijstandsgrens krijgen het moeilijk. Ze hebben geen recht op andere regelingen.",
            domain: "inkomen", policy: 11, urgency: "normaal", affected: "meer-dan-50",
            solution: "Een lokale regeling voor huishoudens tot 120 procent van het minimum met een energieachterstand.",
            answer: "De energietoeslag was een tijdelijke landelijke regeling en kan niet zomaar lokaal worden voortgezet. Huishoudens met een "
                + "achterstand kunnen wel terecht bij schuldhulpverlening en kunnen individuele bijzondere bijstand aanvragen. We zetten het "
                + "onderwerp op de agenda van de bijeenkomst over het nieuwe armoedebeleid."
        ),
        Signal(
            title: "Jongeren haken af in zoekperiode van vier weken",
            description: "Jongeren onder de 27 moeten eerst vier weken zelf werk of een opleiding zoeken voordat ze bijstand kunnen aanvragen. "
                + "Veel jongeren die ik zie, komen daarna niet meer terug. Sommigen hebben geen dak en geen geld. We verliezen ze uit beeld.",
            domain: "inkomen", policy: 5, urgency: "hoog", affected: "11-50",
            solution: "Bij kwetsbare jongeren de zoekperiode niet toepassen en direct een jongerencoach koppelen.",
            answer: "De wet geeft ruimte om de zoekperiode niet toe te passen als een jongere daartoe niet in staat is, bijvoorbeeld door "
                + "dakloosheid of schulden. We leggen in een werkinstructie vast wanneer dat zo is. In de aanpak 18-/18+ koppelen we kwetsbare "
                + "jongeren direct aan een jongerencoach."
        ),
        Signal(
            title: "Statushouder zonder geld in eerste weken na verhuizing",
            description: "Als een statushouder uit het azc naar Dijkerveen verhuist, stopt het leefgeld. De eerste bijstand komt pas na vier "
                + "tot zes weken. Een gezin met drie kinderen had vorige week geen geld voor eten.",
            domain: "inkomen", policy: nil, urgency: "hoog", affected: "11-50",
            solution: "Standaard een voorschot op de bijstand op de dag van de verhuizing.",
            answer: "We hebben afgesproken dat statushouders op de dag van sleuteloverdracht een voorschot krijgen. De aanvraag bijstand "
                + "wordt al voor de verhuizing in gang gezet, samen met het COA. Meld het direct als dit een keer niet lukt."
        ),
        Signal(
            title: "Voorschot bijstand komt te laat bij nieuwe aanvragers",
            description: "Nieuwe aanvragers wachten soms vijf weken op het eerste geld. Ze weten niet dat ze om een voorschot kunnen vragen. "
                + "Intussen lopen de huur en de zorgverzekering achter.",
            domain: "inkomen", policy: nil, urgency: "normaal", affected: "meer-dan-50",
            solution: "Iedere aanvrager in het eerste gesprek actief een voorschot aanbieden.",
            answer: "Volgens de Participatiewet moeten we een voorschot geven als het recht er waarschijnlijk is en er na vier weken nog geen "
                + "besluit is. We gaan dit actief aanbieden in het eerste gesprek, en het systeem geeft na drie weken automatisch een seintje."
        ),
        Signal(
            title: "Wisselend inkomen ZZP'er geeft steeds terugvorderingen",
            description: "Een ZZP'er met aanvullende bijstand heeft elke maand een ander inkomen. Wij verrekenen achteraf en vorderen vaak "
                + "terug. Hij raakt het overzicht kwijt en krijgt daardoor schulden bij de gemeente.",
            domain: "inkomen", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Verrekenen over een periode van drie of zes maanden in plaats van per maand.",
            answer: "Bij zelfstandigen mogen we het inkomen over een langere periode vaststellen. We gaan dat voor deze groep standaard doen, "
                + "met een voorlopige berekening en een afrekening per halfjaar. Zo komen er minder terugvorderingen."
        ),
        Signal(
            title: "Inkomenstoeslag vervalt na één maand werk",
            description: "Een cliënt had vier jaar bijstand en werkte daarna één maand bij een uitzendbureau. Daardoor voldoet hij niet meer aan "
                + "de eis van drie jaar laag inkomen. Hij krijgt de inkomenstoeslag niet, terwijl zijn situatie niet anders is.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Dit is een onbedoeld gevolg van de regels. We passen artikel 7 van de beleidsregels aan, zodat korte periodes van werk "
                + "tot drie maanden niet meer tellen. Tot die wijziging kun je in deze situaties de hardheidsclausule gebruiken."
        ),
        Signal(
            title: "Terugvordering na fout van gemeente veroorzaakt schuld",
            description: "Door een fout bij ons is een cliënt maandenlang te veel bijstand betaald. Nu moet ze ruim € 2.000 terugbetalen. Zij "
                + "heeft alles op tijd doorgegeven. Ze schaamt zich en durft niet meer te bellen.",
            domain: "inkomen", policy: nil, urgency: "hoog", affected: "1",
            solution: "Van terugvordering afzien als de fout alleen bij de gemeente ligt.",
            answer: "Sinds de wetswijziging hebben we meer ruimte om van terugvordering af te zien. Als de cliënt niets verkeerd heeft gedaan "
                + "en het geld op is, zien we af van terugvordering. We bekijken dit dossier opnieuw en nemen contact op met de cliënt."
        ),
        Signal(
            title: "Verklaring huisarts voor dieetkosten kost geld",
            description: "Voor bijzondere bijstand voor dieetkosten vragen we een verklaring van de huisarts of diëtist. Sommige huisartsen "
                + "rekenen daarvoor geld. Cliënten laten het daarom zitten.",
            domain: "inkomen", policy: 0, urgency: "laag", affected: "2-10",
            solution: nil,
            answer: "We accepteren voortaan ook een bestaande verklaring of een overzicht van de voorgeschreven medicatie als bewijs. Als een "
                + "verklaring toch nodig is, vergoeden we de kosten daarvan mee in de bijzondere bijstand."
        ),
        Signal(
            title: "Wasmachine kapot, lening niet toegestaan in schuldregeling",
            description: "Een cliënt in een schuldregeling heeft een nieuwe wasmachine nodig. Volgens de beleidsregels krijgt ze alleen een "
                + "lening. Maar in de schuldregeling mag ze geen nieuwe lening aangaan. De regels botsen.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "11-50",
            solution: "Bij een lopende schuldregeling bijzondere bijstand om niet geven voor noodzakelijke duurzame goederen.",
            answer: "Artikel 7 van de beleidsregels zegt al dat we bij een lopende schuldregeling bijzondere bijstand om niet kunnen geven. "
                + "Dat wordt kennelijk niet overal zo toegepast. We nemen het op in het werkoverleg en zetten een voorbeeld in de werkinstructie."
        ),
        Signal(
            title: "Individuele studietoeslag onbekend bij studenten met beperking",
            description: "Studenten met een beperking die niet naast hun studie kunnen werken, hebben recht op een studietoeslag. Ik merk dat "
                + "bijna niemand dit weet, ook de scholen niet. Alleen via toeval komen ze bij ons.",
            domain: "inkomen", policy: 0, urgency: "laag", affected: "onbekend",
            solution: nil,
            answer: "We maken samen met de decanen van de scholen in de regio een korte uitleg over de studietoeslag. Ook komt de regeling "
                + "op de pagina voor jongeren van de gemeentelijke website."
        ),
        Signal(
            title: "Co-ouder zonder kinderbijslag draait op voor alle kosten",
            description: "Een vader heeft de kinderen de helft van de week. De kinderbijslag en het kindgebonden budget gaan naar de moeder. "
                + "Hij heeft een bijstandsuitkering voor een alleenstaande en kan de kosten van de kinderen niet betalen.",
            domain: "inkomen", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Kosten van kinderen worden landelijk gedekt via kinderbijslag en kindgebonden budget, en die gaan naar één ouder. Bijzondere "
                + "bijstand kan alleen bij bijzondere kosten. We brengen dit knelpunt in bij het landelijke overleg van gemeenten, en we verwijzen "
                + "ouders naar hulp bij het maken van afspraken over de verdeling."
        ),
        Signal(
            title: "Te dure woning na scheiding, woonkostentoeslag te kort",
            description: "Na een scheiding blijft een moeder met twee kinderen in de huurwoning wonen. De huur is te hoog voor haar bijstand. "
                + "De woonkostentoeslag krijgt ze maar zes maanden, maar een goedkopere woning vinden duurt hier veel langer.",
            domain: "inkomen", policy: 0, urgency: "normaal", affected: "2-10",
            solution: "De woonkostentoeslag laten doorlopen zolang de cliënt aantoonbaar zoekt naar een goedkopere woning.",
            answer: "We verlengen de woonkostentoeslag als de cliënt aantoonbaar ingeschreven staat en reageert op woningen. Dat nemen we op in "
                + "de beleidsregels bij de volgende wijziging. Tot die tijd kun je verlengen met een korte motivering in het dossier."
        ),
        Signal(
            title: "Oudere met onvolledige AOW kent aanvulling niet",
            description: "Een oudere vrouw die later naar Nederland kwam, heeft een onvolledige AOW. Ze leeft al jaren van te weinig geld. Ze "
                + "wist niet dat ze een aanvulling bij de SVB kan aanvragen.",
            domain: "inkomen", policy: nil, urgency: "laag", affected: "onbekend",
            solution: nil,
            answer: "De aanvullende inkomensvoorziening voor ouderen loopt via de SVB. We vragen de SVB om gegevens over de groep in "
                + "Dijkerveen en nemen het onderwerp op in de voorlichting van het wijkteam en de ouderenbonden."
        ),
        Signal(
            title: "Cliënt moet gegevens inleveren die UWV al heeft",
            description: "Bij een aanvraag bijstand na een WW-uitkering vragen we de cliënt om zijn loonstroken en de beslissing van het "
                + "UWV. Die gegevens kunnen we zelf opvragen, maar ons systeem laat ze niet automatisch zien. De cliënt snapt niet waarom hij "
                + "alles twee keer moet aanleveren.",
            domain: "inkomen", policy: nil, urgency: "laag", affected: "meer-dan-50",
            solution: nil,
            answer: "We mogen gegevens van het UWV en de Belastingdienst zelf raadplegen, en dat moeten we ook doen. De checklist voor de "
                + "aanvraag wordt aangepast, zodat we die stukken niet meer aan de cliënt vragen. Een automatische koppeling met het "
                + "uitkeringssysteem onderzoeken we in het project informatievoorziening."
        ),
        Signal(
            title: "Besluit over uitvaartkosten komt pas na de begrafenis",
            description: "Een weduwe met een klein pensioen vroeg bijzondere bijstand aan voor de uitvaart van haar man. Het besluit kwam "
                + "drie weken na de begrafenis. De uitvaartondernemer wilde niet beginnen zonder zekerheid over de betaling.",
            domain: "inkomen", policy: 0, urgency: "hoog", affected: "2-10",
            solution: "Een toezegging binnen twee werkdagen, met de definitieve berekening achteraf.",
            answer: "Uitvaartkosten behandelen we voortaan als spoed: binnen twee werkdagen krijgt de aanvrager een schriftelijke "
                + "toezegging voor een vast bedrag. De definitieve berekening volgt later. Dit voegen we toe aan artikel 4 van de beleidsregels."
        ),
    ]
}
