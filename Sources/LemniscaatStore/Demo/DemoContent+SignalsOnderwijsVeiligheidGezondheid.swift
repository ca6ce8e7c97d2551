// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
extension DemoContent {
    static let signalsOnderwijs: [Signal] = [
        Signal(
            title: "Jongere van 18 zonder diploma valt overal buiten",
            description: "Een jongere van 18 is gestopt met het mbo en heeft geen startkwalificatie. School ziet hem niet meer als leerling, "
                + "voor de bijstand moet hij eerst vier weken zoeken, en werkgevers willen een diploma. Hij zit thuis en niemand voelt zich "
                + "verantwoordelijk.",
            domain: "onderwijs", policy: 8, urgency: "hoog", affected: "11-50",
            solution: "Eén vaste jongerencoach die de jongere volgt tot hij weer op school of aan het werk is.",
            answer: "Het regionaal meld- en coördinatiepunt moet contact opnemen met elke jongere die zonder startkwalificatie uitvalt. We "
                + "koppelen die contactpersoon voortaan direct aan een jongerencoach van werk en inkomen, zodat er één persoon is die de "
                + "jongere volgt."
        ),
        Signal(
            title: "Leerplicht ziet jongere na 18 niet meer",
            description: "Tot 18 volgt de leerplichtambtenaar een jongere die niet naar school gaat. Daarna neemt een ander team het over, "
                + "maar die overdracht gaat vaak mis. Jongeren die net 18 zijn, raken zo uit beeld.",
            domain: "onderwijs", policy: 8, urgency: "normaal", affected: "11-50",
            solution: "Een warme overdracht: leerplicht en het meldpunt voeren het laatste gesprek samen.",
            answer: "We voeren een vaste overdracht in: drie maanden voor de achttiende verjaardag voeren de leerplichtambtenaar en de "
                + "medewerker van het meldpunt samen een gesprek met de jongere. Dit staat vanaf het nieuwe schooljaar in de werkafspraken."
        ),
        Signal(
            title: "Entreeopleiding vol, jongere wacht een half jaar",
            description: "Een jongere zonder diploma wil naar de entreeopleiding. Die zit vol tot de volgende instroom over zes maanden. In "
                + "die tijd gebeurt er niets en de motivatie verdwijnt.",
            domain: "onderwijs", policy: 8, urgency: "normaal", affected: "2-10",
            solution: "Meer instroommomenten per jaar, of een tijdelijk werk- of leertraject tot de start.",
            answer: "Het mbo gaat vanaf volgend schooljaar vier keer per jaar nieuwe leerlingen toelaten bij de entreeopleiding. Tot de start "
                + "kan de jongere een oriëntatietraject doen via het jongerenloket."
        ),
        Signal(
            title: "Jongere onder 27 kiest tussen school en bijstand",
            description: "Een jongere van 20 zonder startkwalificatie wil weer naar school, maar dan heeft hij geen recht op bijstand en de "
                + "studiefinanciering is te weinig om van te leven. Hij kiest daarom voor de uitkering en blijft zonder diploma.",
            domain: "onderwijs", policy: 8, urgency: "normaal", affected: "11-50",
            solution: "Een aanvulling op de studiefinanciering voor jongeren zonder startkwalificatie die teruggaan naar school.",
            answer: "De Participatiewet sluit jongeren uit die studiefinanciering kunnen krijgen. Wel kan bijzondere bijstand voor bepaalde "
                + "kosten. We onderzoeken met de regio of een lokale aanvulling voor deze groep mogelijk is, en brengen het knelpunt in bij "
                + "het ministerie."
        ),
        Signal(
            title: "Thuiszitter wacht maanden op passende onderwijsplek",
            description: "Een leerling van 13 zit al vijf maanden thuis omdat er geen passende school is. Het samenwerkingsverband zoekt nog. "
                + "Moeder moest stoppen met werken om thuis te blijven.",
            domain: "onderwijs", policy: 4, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "We zetten dit op de agenda van het overleg met het samenwerkingsverband. Afgesproken is dat elke thuiszitter binnen "
                + "drie maanden een plek of een tijdelijk programma heeft. Tot die tijd kan het wijkteam onderwijs-zorgbegeleiding thuis regelen."
        ),
        Signal(
            title: "Leerlingenvervoer stopt na verhuizing binnen Dijkerveen",
            description: "Een gezin verhuisde van Noord naar Zuid. Het leerlingenvervoer naar het speciaal onderwijs stopte direct, omdat er "
                + "een nieuwe aanvraag nodig was. Het kind kon twee weken niet naar school.",
            domain: "onderwijs", policy: nil, urgency: "laag", affected: "2-10",
            solution: nil,
            answer: "Bij een verhuizing binnen Dijkerveen is geen nieuwe aanvraag nodig, alleen een adreswijziging. We passen de "
                + "werkwijze aan en informeren de vervoerder."
        ),
        Signal(
            title: "Kinderen van statushouders wachten op plek in nieuwkomersklas",
            description: "De nieuwkomersklas in Dijkerveen zit vol. Kinderen van statushouders wachten twee maanden voordat ze naar school kunnen. "
                + "Ze zitten hele dagen in huis en leren geen Nederlands.",
            domain: "onderwijs", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We openen met de schoolbesturen een extra nieuwkomersklas in Oost. Tot die tijd kunnen kinderen een paar dagdelen naar "
                + "een gewone basisschool met extra taalondersteuning."
        ),
        Signal(
            title: "Laaggeletterde ouders begrijpen brieven van school niet",
            description: "Ouders die slecht lezen, missen belangrijke informatie van school, zoals uitnodigingen voor gesprekken of brieven "
                + "over verzuim. School denkt dat ze niet willen meewerken.",
            domain: "onderwijs", policy: nil, urgency: "normaal", affected: "onbekend",
            solution: nil,
            answer: "We bespreken met de scholen hoe ze laaggeletterde ouders herkennen en bereiken. Het taalhuis in de bibliotheek biedt "
                + "gratis lessen en kan scholen helpen met eenvoudige brieven."
        ),
        Signal(
            title: "Verplichte laptop voor school niet te betalen",
            description: "Op de middelbare school moeten leerlingen een eigen laptop hebben. Gezinnen met een laag inkomen kunnen dat niet "
                + "betalen. Bijzondere bijstand wordt afgewezen omdat het onder de algemene kosten zou vallen.",
            domain: "onderwijs", policy: 0, urgency: "normaal", affected: "11-50",
            solution: "Een laptop voor schoolgaande kinderen opnemen in de lijst met kosten in de beleidsregels.",
            answer: "We nemen een laptop voor leerlingen in het voortgezet onderwijs op in de lijst met vaste kosten in de beleidsregels. "
                + "Daarnaast vragen we de scholen of ze een bruikleenregeling hebben."
        ),
        Signal(
            title: "Taalles voor volwassenen alleen overdag",
            description: "Volwassenen die Nederlands willen leren, kunnen alleen overdag naar les. Mensen die werken kunnen dat niet. Ze "
                + "blijven laaggeletterd en komen daardoor niet verder in hun werk.",
            domain: "onderwijs", policy: nil, urgency: "laag", affected: "11-50",
            solution: nil,
            answer: "In de nieuwe afspraken over volwasseneneducatie nemen we avondlessen op. Vanaf het najaar is er op twee avonden per week "
                + "een groep in de bibliotheek in Centrum."
        ),
        Signal(
            title: "Student mbo verzuimt omdat busabonnement te duur is",
            description: "Een student van 17 woont in Zuid en moet met de bus naar het mbo in de stad. Hij heeft nog geen recht op een "
                + "studentenreisproduct en zijn ouders kunnen het abonnement niet betalen. Hij blijft vaak thuis.",
            domain: "onderwijs", policy: 8, urgency: "normaal", affected: "2-10",
            solution: "Een tegemoetkoming in de reiskosten voor minderjarige mbo-studenten uit gezinnen met een laag inkomen.",
            answer: "Gezinnen met een laag inkomen kunnen bijzondere bijstand krijgen voor de reiskosten van minderjarige studenten. We "
                + "zorgen dat leerplicht en het mbo deze mogelijkheid kennen en ouders er direct op wijzen."
        ),
        Signal(
            title: "Leerplichtambtenaar en wijkteam werken langs elkaar",
            description: "Bij een gezin met verzuimende kinderen zit de leerplichtambtenaar in een strafrechtelijk spoor, terwijl het wijkteam "
                + "juist vertrouwen probeert op te bouwen. De ouders voelen zich aangevallen en haken af.",
            domain: "onderwijs", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Leerplicht en wijkteam maken voortaan bij verzuim waar zorg speelt eerst samen een plan voordat er een proces-verbaal "
                + "komt. Dit nemen we op in de werkafspraken tussen beide teams."
        ),
        Signal(
            title: "Geen schoolmaatschappelijk werk op basisscholen in Zuid",
            description: "In Zuid hebben de basisscholen geen schoolmaatschappelijk werker meer. Leerkrachten zien problemen thuis, maar weten "
                + "niet waar ze heen moeten. Ze bellen het wijkteam, dat ook vol zit.",
            domain: "onderwijs", policy: 4, urgency: "normaal", affected: "meer-dan-50",
            solution: nil,
            answer: "Het beleidsplan belooft elke school een vaste contactpersoon van het wijkteam. In Zuid is die er nog niet door vacatures. "
                + "We wijzen tijdelijk een medewerker uit Oost toe en vullen de vacatures met voorrang in."
        ),
    ]

    static let signalsVeiligheid: [Signal] = [
        Signal(
            title: "Na melding huiselijk geweld wekenlang geen contact",
            description: "Na een melding bij het meldpunt huiselijk geweld hoorde een moeder drie weken niets. Ze dacht dat er niets zou "
                + "gebeuren en durfde niet meer te bellen. Intussen ging het thuis slechter.",
            domain: "veiligheid", policy: 9, urgency: "hoog", affected: "11-50",
            solution: nil,
            answer: "Het meldpunt heeft een tekort aan medewerkers. We hebben afgesproken dat meldingen met kinderen in huis binnen vijf "
                + "werkdagen worden opgepakt. Het wijkteam neemt bij een overdracht direct contact op met het gezin, ook als het meldpunt "
                + "nog bezig is."
        ),
        Signal(
            title: "Na tijdelijk huisverbod geen vervolghulp",
            description: "Na een huisverbod van tien dagen is er hulp voor het gezin, maar niet voor de man die het huis uit moest. Na afloop "
                + "komt hij terug en begint alles opnieuw.",
            domain: "veiligheid", policy: 9, urgency: "hoog", affected: "2-10",
            solution: "Tijdens het huisverbod altijd hulp aanbieden aan de pleger, ook over wonen en werk.",
            answer: "We voegen aan de aanpak toe dat de pleger tijdens het huisverbod een vaste hulpverlener krijgt. Ook kijken we naar "
                + "tijdelijk onderdak, zodat hij niet terugkomt uit gebrek aan een slaapplek."
        ),
        Signal(
            title: "Politie vangt inwoners met verward gedrag op",
            description: "Bij meldingen over verward gedrag gaat de politie er meestal op af. Vaak is het een zorgvraag en niet een "
                + "veiligheidsvraag. De agenten weten niet waar ze de persoon heen moeten brengen.",
            domain: "veiligheid", policy: 9, urgency: "normaal", affected: "meer-dan-50",
            solution: "Een zorgteam dat samen met de politie of in plaats van de politie uitrukt bij verward gedrag.",
            answer: "We starten een proef met een zorgteam dat bij niet-acute meldingen van verward gedrag op pad gaat. De politie kan dit "
                + "team direct inschakelen. De proef loopt een jaar en wordt daarna geëvalueerd."
        ),
        Signal(
            title: "Jongeren in Zuid benaderd als drugskoerier",
            description: "Op het schoolplein en bij de sporthal in Zuid worden jongeren van 14 en 15 benaderd om pakketjes te brengen. Ze "
                + "krijgen er veel geld voor. Ouders en school weten niet goed wat ze moeten doen.",
            domain: "veiligheid", policy: 9, urgency: "normaal", affected: "onbekend",
            solution: nil,
            answer: "Dit is een speerpunt in het veiligheidsplan. Jongerenwerk, school en politie gaan samen voorlichting geven, en er komt "
                + "een avond voor ouders. Jongeren die al betrokken zijn, krijgen een vaste begeleider van het jongerenwerk."
        ),
        Signal(
            title: "Na detentie geen ID, geen uitkering en geen woning",
            description: "Mensen die uit detentie komen, hebben vaak geen geldig ID-bewijs. Zonder ID kunnen ze geen uitkering aanvragen en "
                + "geen woning huren. De eerste weken na vrijlating slapen ze op straat of bij oude vrienden.",
            domain: "veiligheid", policy: nil, urgency: "hoog", affected: "11-50",
            solution: "Het ID-bewijs, de uitkering en een slaapplek al regelen voordat iemand vrijkomt.",
            answer: "We maken afspraken met de penitentiaire inrichtingen in de regio: de gemeente regelt al tijdens de detentie een ID, de "
                + "aanvraag bijstand en een slaapplek. Hiervoor wijzen we een vaste contactpersoon aan."
        ),
        Signal(
            title: "Privacyregels vertragen bespreking in zorg- en veiligheidsoverleg",
            description: "Voor het zorg- en veiligheidsoverleg moet elke partner eerst toestemming of een grondslag regelen voordat informatie "
                + "gedeeld mag worden. Een urgente situatie lag daardoor drie weken stil.",
            domain: "veiligheid", policy: 9, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We laten het privacyprotocol van het overleg herzien, zodat voor urgente situaties een snellere route bestaat. De "
                + "functionaris gegevensbescherming kijkt mee. Het nieuwe protocol is er na de zomer."
        ),
        Signal(
            title: "Jongere met oud delict krijgt geen VOG",
            description: "Een jongere van 19 wil in de kinderopvang werken. Door een delict van toen hij 16 was, krijgt hij geen VOG. Hij "
                + "heeft zijn leven op orde, maar komt zo nergens aan de slag.",
            domain: "veiligheid", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "De VOG is een landelijke regeling en de gemeente kan die niet aanpassen. Wel kunnen we de jongere helpen een baan te "
                + "vinden waarvoor het delict geen belemmering is. Het signaal nemen we mee naar het landelijke overleg over re-integratie van "
                + "jongeren."
        ),
        Signal(
            title: "Slachtoffer huiselijk geweld kan niet weg zonder eigen geld",
            description: "Een vrouw wil weg bij haar gewelddadige partner, maar alle geld staat op zijn naam. Ze heeft geen eigen rekening en "
                + "geen inkomen. Ze durft niet te vertrekken omdat ze niet weet hoe ze dan moet leven.",
            domain: "veiligheid", policy: nil, urgency: "hoog", affected: "2-10",
            solution: "Een snelle route voor een eigen uitkering en een voorschot bij vertrek uit een onveilige situatie.",
            answer: "Slachtoffers van huiselijk geweld kunnen direct een voorschot op de bijstand krijgen en een eigen rekening openen met "
                + "hulp van het wijkteam. We maken hiervoor een snelle route en informeren de vrouwenopvang en het meldpunt."
        ),
        Signal(
            title: "Overlast door bewoner met psychische problemen",
            description: "Buren in een portiekflat in Noord klagen al maanden over een bewoner die 's nachts schreeuwt en op deuren bonkt. De "
                + "politie komt steeds, maar er verandert niets. De bewoner zelf wil geen hulp.",
            domain: "veiligheid", policy: 9, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We bespreken deze situatie in het zorg- en veiligheidsoverleg. Daar kijken we of vrijwillige hulp nog kan of dat een "
                + "melding voor verplichte zorg nodig is. De buren krijgen een vaste contactpersoon bij de gemeente."
        ),
        Signal(
            title: "Signalen van uitbuiting bij arbeidsmigranten komen nergens",
            description: "Wijkteamleden zien soms signalen dat arbeidsmigranten worden uitgebuit: geen contract, loon ingehouden, paspoort "
                + "bij de werkgever. We weten niet waar we dit moeten melden.",
            domain: "veiligheid", policy: nil, urgency: "normaal", affected: "onbekend",
            solution: "Een vast meldpunt bij de gemeente voor signalen van uitbuiting.",
            answer: "We wijzen een vaste contactpersoon aan voor signalen van mensenhandel en uitbuiting. Die zorgt dat signalen bij de "
                + "arbeidsinspectie en de politie komen. Het wijkteam krijgt een korte training over het herkennen van uitbuiting."
        ),
        Signal(
            title: "Ouderen in Oost opgelicht via nepberichten",
            description: "Meerdere ouderen in Oost zijn opgelicht met nepberichten van zogenaamd hun kind of de bank. Een vrouw is al haar "
                + "spaargeld kwijt. Ze schamen zich en melden het niet bij de politie.",
            domain: "veiligheid", policy: nil, urgency: "laag", affected: "11-50",
            solution: nil,
            answer: "We organiseren samen met de wijkagent voorlichting in de ontmoetingscentra voor ouderen. Het wijkteam kan slachtoffers "
                + "helpen met aangifte doen en met de bank contact opnemen."
        ),
    ]

    static let signalsGezondheid: [Signal] = [
        Signal(
            title: "Wachtlijst ggz: wijkteam vangt crisis op",
            description: "Cliënten met ernstige psychische klachten wachten maanden op behandeling in de ggz. In de tussentijd bellen ze het "
                + "wijkteam als het slecht gaat. Wij zijn daar niet voor opgeleid en voelen ons machteloos.",
            domain: "gezondheid", policy: nil, urgency: "hoog", affected: "11-50",
            solution: nil,
            answer: "De ggz wordt betaald door de zorgverzekeraar, maar de gevolgen landen bij de gemeente. We maken met de ggz-aanbieders "
                + "in de regio afspraken over een consultatielijn voor wijkteams. Dit punt staat op de agenda van het overleg met de "
                + "zorgverzekeraar."
        ),
        Signal(
            title: "Cliënten mijden zorg vanwege het eigen risico",
            description: "Cliënten met een laag inkomen gaan niet naar het ziekenhuis of de specialist omdat ze bang zijn voor het eigen "
                + "risico. Klachten worden erger en uiteindelijk komen ze op de spoedeisende hulp terecht.",
            domain: "gezondheid", policy: 10, urgency: "normaal", affected: "meer-dan-50",
            solution: "De collectieve zorgverzekering van de gemeente, waarin het eigen risico deels is meeverzekerd, beter bekendmaken.",
            answer: "Via de collectieve zorgverzekering van de gemeente kan het eigen risico in termijnen worden betaald of voor een deel "
                + "meeverzekerd. We nemen dit op in de nota gezondheidsbeleid en starten in het najaar een campagne in Noord en Zuid."
        ),
        Signal(
            title: "Overstappen naar gemeentepolis lukt cliënten niet op tijd",
            description: "Veel cliënten willen overstappen naar de collectieve zorgverzekering, maar ze missen de landelijke deadline eind "
                + "december. Ze weten niet hoe opzeggen werkt. Daarna zitten ze weer een jaar vast.",
            domain: "gezondheid", policy: nil, urgency: "laag", affected: "11-50",
            solution: "In november spreekuren in de wijken om samen over te stappen.",
            answer: "We organiseren in november en december spreekuren in alle wijken waar inwoners hulp krijgen bij het overstappen. "
                + "Ook sturen we in oktober een brief aan alle huishoudens met een laag inkomen."
        ),
        Signal(
            title: "Eenzame ouderen komen niet bij het wijkteam",
            description: "Ouderen die alleen wonen en weinig contact hebben, komen zelf niet naar het wijkteam. We horen er pas van als er "
                + "iets misgaat, bijvoorbeeld een val. Een buurvrouw vond een man die dagen niemand had gesproken.",
            domain: "gezondheid", policy: 10, urgency: "normaal", affected: "onbekend",
            solution: "Alle inwoners van 75 jaar en ouder een huisbezoek aanbieden.",
            answer: "In de nota gezondheidsbeleid stellen we voor om alle inwoners die 75 worden een huisbezoek door een vrijwilliger aan te "
                + "bieden. We testen dit eerst in Oost en kijken dan of het werkt."
        ),
        Signal(
            title: "Sport voor kinderen in Noord te duur",
            description: "In Noord hebben veel kinderen overgewicht. De sportclubs zijn duur en ver weg. Ouders met weinig geld zeggen dat "
                + "sport er niet in zit.",
            domain: "gezondheid", policy: 10, urgency: "normaal", affected: "meer-dan-50",
            solution: "Gratis sportaanbod na school op de pleinen in Noord.",
            answer: "We breiden het gratis sportaanbod na school in Noord uit naar vier middagen per week. Ook maken we de vergoeding voor "
                + "sport bekender bij ouders via de scholen."
        ),
        Signal(
            title: "Jongeren met somberheid wachten lang op een gesprek",
            description: "Jongeren die somber zijn of stress hebben, moeten lang wachten op een eerste gesprek. Ze hebben geen zware "
                + "behandeling nodig, maar wel snel iemand om mee te praten. Een paar jongeren dachten aan zelfbeschadiging.",
            domain: "gezondheid", policy: 10, urgency: "hoog", affected: "11-50",
            solution: "Een inloop voor jongeren zonder afspraak en zonder verwijzing.",
            answer: "We openen een inloop voor jongeren in het jongerencentrum, twee middagen per week, zonder afspraak. Bij zorgen over "
                + "zelfbeschadiging zorgt het wijkteam dezelfde dag voor contact met de huisarts of de crisisdienst."
        ),
        Signal(
            title: "Volwassenen met kiespijn kunnen tandarts niet betalen",
            description: "Tandartskosten zitten niet in het basispakket. Cliënten met een laag inkomen laten hun tanden trekken omdat "
                + "behandelen te duur is. Dat heeft gevolgen voor hun gezondheid en hun kans op werk.",
            domain: "gezondheid", policy: 0, urgency: "normaal", affected: "11-50",
            solution: "Tandartskosten boven een bepaald bedrag in de bijzondere bijstand opnemen.",
            answer: "Bijzondere bijstand voor tandartskosten is mogelijk als de kosten noodzakelijk zijn en niet verzekerd kunnen worden. We "
                + "maken dit duidelijker in de beleidsregels en kijken of de aanvullende tandartsverzekering in de gemeentepolis ruimer kan."
        ),
        Signal(
            title: "Huisarts geeft medicatie bij stress door geldzorgen",
            description: "Cliënten met schulden gaan naar de huisarts met slaapproblemen en stress. Ze krijgen medicatie, maar de oorzaak is "
                + "geld. De huisarts weet niet waar hij ze heen kan sturen.",
            domain: "gezondheid", policy: 10, urgency: "normaal", affected: "onbekend",
            solution: "Een directe verwijsroute van de huisarts naar schuldhulp en het geldloket.",
            answer: "We maken met de huisartsen een korte verwijsroute naar het geldloket en schuldhulp. Ook komt er een spreekuur van "
                + "schuldhulp in twee gezondheidscentra. Dit nemen we op in de nota gezondheidsbeleid."
        ),
        Signal(
            title: "Geen opvang tijdens wachttijd voor verslavingszorg",
            description: "Een cliënt met een alcoholverslaving wil stoppen. Er is een wachttijd van acht weken voor behandeling. In die tijd "
                + "valt hij terug en verliest hij zijn motivatie.",
            domain: "gezondheid", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We bespreken met de verslavingszorg of er tijdens de wachttijd een groep voor motivatie kan starten. Het wijkteam kan "
                + "intussen begeleiding bieden. Het knelpunt gaat ook mee naar het overleg met de zorgverzekeraar."
        ),
        Signal(
            title: "Onverzekerde inwoners durven niet naar de huisarts",
            description: "Sommige inwoners zijn niet verzekerd, bijvoorbeeld omdat ze net uit het buitenland terug zijn. Ze durven niet naar "
                + "de huisarts uit angst voor de rekening. Huisartsen weten niet dat ze de kosten kunnen declareren.",
            domain: "gezondheid", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Voor medisch noodzakelijke zorg aan onverzekerden bestaat een landelijke regeling via het CAK. We informeren de huisartsen "
                + "hierover en helpen de inwoners om een zorgverzekering af te sluiten."
        ),
        Signal(
            title: "Statushouders met trauma: geen tolk bij de huisarts",
            description: "Statushouders met zware trauma's gaan naar de huisarts, maar er is geen tolk. Tolkkosten worden niet meer vergoed. "
                + "Ze vertellen niet wat er echt speelt en krijgen geen goede hulp.",
            domain: "gezondheid", policy: nil, urgency: "normaal", affected: "11-50",
            solution: "De gemeente betaalt tolkkosten voor statushouders in het eerste jaar.",
            answer: "Tolkkosten in de zorg zijn landelijk niet meer vergoed; daarover brengen we een signaal in bij het landelijke overleg van "
                + "gemeenten. We onderzoeken of we vanuit de inburgeringsmiddelen de tolkkosten in het eerste jaar kunnen betalen."
        ),
        Signal(
            title: "Ouderen in bovenwoningen lijden onder hitte",
            description: "Tijdens de hittegolf zagen we veel ouderen in bovenwoningen zonder koeling. Een paar waren verward en hadden te "
                + "weinig gedronken. Er is geen plan om deze mensen te bereiken.",
            domain: "gezondheid", policy: 10, urgency: "laag", affected: "onbekend",
            solution: "Een belronde door vrijwilligers bij bekende kwetsbare ouderen tijdens hitte.",
            answer: "We nemen een hitteplan op in de nota gezondheidsbeleid. Daarin staat een belronde door vrijwilligers en koele plekken "
                + "in de wijkcentra. Het wijkteam maakt een lijst van ouderen die extra aandacht nodig hebben."
        ),
        Signal(
            title: "Anticonceptie te duur voor vrouwen met laag inkomen",
            description: "Vrouwen boven de 21 moeten anticonceptie zelf betalen. Voor vrouwen met weinig geld is dat te veel. Ik hoor van "
                + "cliënten dat ze ermee stoppen of goedkopere, minder betrouwbare middelen gebruiken.",
            domain: "gezondheid", policy: 10, urgency: "normaal", affected: "onbekend",
            solution: "Anticonceptie opnemen in de bijzondere bijstand of in de gemeentepolis.",
            answer: "We nemen dit mee in de nota gezondheidsbeleid. We onderzoeken of anticonceptie via de collectieve zorgverzekering kan, "
                + "of via de bijzondere bijstand voor vrouwen met een laag inkomen. Een besluit volgt bij de vaststelling van de nota."
        ),
    ]
}
