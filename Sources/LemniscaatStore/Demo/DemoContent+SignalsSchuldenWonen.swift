// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
extension DemoContent {
    static let signalsSchulden: [Signal] = [
        Signal(
            title: "Wachttijd schuldhulp loopt op tot tien weken",
            description: "Inwoners die zich aanmelden voor schuldhulp, wachten nu acht tot tien weken op een intake. De wet zegt dat het "
                + "sneller moet. Mensen bellen steeds opnieuw en worden bozer en wanhopiger.",
            domain: "schulden", policy: 1, urgency: "hoog", affected: "meer-dan-50",
            solution: "Tijdelijk extra vrijwilligers inzetten voor de intake en eerst de acute problemen stabiliseren.",
            answer: "We herkennen de oplopende wachttijd. Er komen tijdelijk twee extra schuldhulpverleners en we zetten getrainde "
                + "vrijwilligers in voor het eerste gesprek. Bij elke aanmelding kijken we binnen drie werkdagen of er een crisis is. Over zes "
                + "weken evalueren we of de wachttijd daalt."
        ),
        Signal(
            title: "Schulden groeien terwijl cliënt wacht op intake",
            description: "Een cliënt meldde zich met ongeveer € 8.000 schuld. Na twee maanden wachten was het ruim € 10.000 door "
                + "incassokosten en rente. Er zijn nu ook deurwaarders bij gekomen. Hoe langer het wachten, hoe moeilijker de regeling wordt.",
            domain: "schulden", policy: 1, urgency: "hoog", affected: "11-50",
            solution: "Direct na aanmelding schuldeisers vragen om de invordering tijdelijk stil te zetten.",
            answer: "Goed voorstel. Vanaf volgende maand sturen we binnen een week na aanmelding een standaardbericht aan bekende "
                + "schuldeisers met het verzoek om de invordering stil te zetten. Als er beslag of ontruiming dreigt, vragen we de rechter om "
                + "een afkoelingsperiode."
        ),
        Signal(
            title: "Cliënten haken af omdat schuldhulp te lang duurt",
            description: "Ik verwijs mensen door naar schuldhulp, maar veel van hen komen nooit aan bij een intake. Ze horen weken niets en "
                + "denken dan dat het toch niet helpt. Een paar maanden later staan ze weer bij mij met nog meer schulden.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "We voeren een warme overdracht in: de doorverwijzer en de schuldhulpverlener hebben samen een eerste gesprek met de "
                + "cliënt. Ook bellen we elke wachtende cliënt minstens één keer per twee weken. Zo houden we contact."
        ),
        Signal(
            title: "Geen contact tijdens wachtlijst, cliënt denkt dat alles geregeld is",
            description: "Een cliënt stond op de wachtlijst en dacht dat schuldhulp zijn rekeningen al regelde. Hij stopte met betalen. Nu "
                + "heeft hij een betalingsachterstand bij de zorgverzekeraar en de energieleverancier erbij.",
            domain: "schulden", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Een duidelijke brief bij aanmelding: wat je zelf moet blijven doen zolang je wacht.",
            answer: "We maken een korte brief in eenvoudige taal voor iedereen die zich aanmeldt, met wat de cliënt zelf moet blijven betalen. "
                + "De cliëntenraad leest mee. In het eerste telefoontje na aanmelding bespreken we dit ook."
        ),
        Signal(
            title: "Deurwaarder legt beslag tijdens wachttijd schuldhulp",
            description: "Bij twee cliënten op de wachtlijst is in de afgelopen maand beslag gelegd op de uitkering. De beslagvrije voet was "
                + "verkeerd berekend, waardoor ze te weinig overhielden voor huur en eten.",
            domain: "schulden", policy: 1, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "Bij beslag met een verkeerde beslagvrije voet kan de schuldhulpverlener direct contact opnemen met de deurwaarder, ook "
                + "als de cliënt nog op de wachtlijst staat. We geven deze situaties voorrang. Meld het via het spoedadres van schuldhulp."
        ),
        Signal(
            title: "Na eerste gesprek maanden niets van schuldhulp",
            description: "Het eerste gesprek is meestal binnen de termijn, maar daarna gebeurt er lang niets. Een cliënt hoorde na het "
                + "intakegesprek drie maanden niets. Op papier halen we de termijn, maar de cliënt merkt er niets van.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Terecht. We gaan ook de tijd tussen eerste gesprek en plan van aanpak meten en rapporteren. Het doel in het beleidsplan "
                + "wordt daarmee aangevuld. De eerste cijfers bespreken we in het kwartaaloverleg met het team."
        ),
        Signal(
            title: "Aanmelding schuldhulp vraagt te veel papieren tegelijk",
            description: "Voor de aanmelding moeten cliënten meteen alle brieven van schuldeisers, bankafschriften en loonstroken inleveren. "
                + "Voor mensen met stress en weinig overzicht is dat te veel. Ze komen met een tas vol ongeopende post of komen helemaal niet.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "meer-dan-50",
            solution: "Eerst een gesprek, en de papieren samen met een vrijwilliger uitzoeken.",
            answer: "We passen de aanmelding aan: een cliënt kan zich melden met alleen een ID-bewijs. De stukken zoeken we daarna samen uit, "
                + "met hulp van een vrijwilliger van de thuisadministratie. Dit past bij het doel om eerder contact te hebben."
        ),
        Signal(
            title: "Energieleverancier vraagt hoog voorschot na achterstand",
            description: "Na een betalingsachterstand heeft de energieleverancier het maandbedrag bij een cliënt bijna verdubbeld. Hij kan dat "
                + "niet betalen, waardoor de achterstand alleen maar groeit. Afsluiting dreigt.",
            domain: "schulden", policy: nil, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "Bij dreigende afsluiting gaan we binnen drie werkdagen in gesprek met de leverancier. Leveranciers moeten volgens de "
                + "regels eerst een betalingsregeling aanbieden. Meld deze cliënt bij het spoedadres, dan nemen we vandaag contact op."
        ),
        Signal(
            title: "Vroegsignalen staan in ander systeem dan dossiers",
            description: "De signalen over betalingsachterstanden van de woningcorporatie en de zorgverzekeraar komen binnen in het "
                + "vroegsignaleringssysteem. Onze dossiers staan in een ander systeem. Ik moet alles overtypen en zie niet of iemand al bij "
                + "ons bekend is.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "meer-dan-50",
            solution: "Een koppeling zodat een vroegsignaal bij een bekende cliënt direct in het dossier zichtbaar is.",
            answer: "De leverancier van het vroegsignaleringssysteem biedt een koppeling aan; we onderzoeken de kosten en de privacyregels "
                + "daarvan. Tot die er is, controleert de administratie elke week de nieuwe signalen tegen de lopende dossiers."
        ),
        Signal(
            title: "Brief na vroegsignaal werkt niet bij weinig doenvermogen",
            description: "Na een signaal van een betalingsachterstand sturen we een brief met een aanbod voor hulp. Bijna niemand reageert. "
                + "Mensen met veel stress openen hun post niet. Als we aanbellen, zeggen de meeste wel ja tegen hulp.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "meer-dan-50",
            solution: "Standaard binnen twee weken na de brief een huisbezoek.",
            answer: "De cijfers bevestigen dit: na een huisbezoek neemt ongeveer de helft hulp aan, na alleen een brief heel weinig. We "
                + "maken het huisbezoek de standaard. Daarvoor zetten we extra uren in bij het team vroegsignalering."
        ),
        Signal(
            title: "Beslagvrije voet vaak verkeerd berekend door schuldeisers",
            description: "Ik zie geregeld dat schuldeisers de beslagvrije voet verkeerd berekenen. Cliënten hebben dan te weinig om van te "
                + "leven. Ze weten zelf niet hoe ze dit moeten controleren.",
            domain: "schulden", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "De beslagvrije voet wordt berekend met een landelijke rekenregel. Schuldhulp kan de berekening controleren en "
                + "bezwaar maken bij de beslaglegger. We zetten deze controle in de werkinstructie en melden fouten van vaste schuldeisers bij "
                + "de landelijke werkgroep."
        ),
        Signal(
            title: "Bewindvoerder onbereikbaar, cliënt zonder leefgeld",
            description: "Een cliënt met beschermingsbewind krijgt al twee weken geen leefgeld. De bewindvoerder neemt de telefoon niet op "
                + "en reageert niet op mail. De cliënt heeft geen eten in huis.",
            domain: "schulden", policy: nil, urgency: "hoog", affected: "1",
            solution: nil,
            answer: "Voor de korte termijn kan de cliënt een voedselpakket en een voorschot via bijzondere bijstand krijgen. Klachten over een "
                + "bewindvoerder kun je melden bij de kantonrechter. We houden een overzicht bij van bewindvoerders met herhaalde problemen en "
                + "bespreken dat met de rechtbank."
        ),
        Signal(
            title: "Zelfstandige ondernemer met schulden wordt niet geholpen",
            description: "Een ZZP'er met schulden uit zijn bedrijf krijgt te horen dat schuldhulp alleen voor particulieren is. Zijn bedrijf "
                + "loopt nog. Hij weet niet waar hij terecht kan.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "2-10",
            solution: "Een vaste schuldhulpverlener die ook ondernemers helpt, samen met het loket voor zelfstandigen.",
            answer: "Ondernemers vallen ook onder de Wet gemeentelijke schuldhulpverlening. We wijzen een vaste schuldhulpverlener aan die "
                + "samenwerkt met het regionale loket voor zelfstandigen. De informatie aan de balie passen we aan."
        ),
        Signal(
            title: "Jongeren met schulden willen geen schuldhulp",
            description: "Jongeren met schulden van telefoonabonnementen en online kopen zeggen dat schuldhulp 'niet voor hen' is. Ze schamen "
                + "zich en willen geen bewindvoerder. De schulden worden intussen groter.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "11-50",
            solution: "Een aparte aanpak voor jongeren met een saneringskrediet en afspraken met een coach.",
            answer: "We starten dit jaar met een jongerenaanpak: jongeren tot 27 krijgen een vaste coach en als het kan een saneringskrediet, "
                + "zodat ze snel schuldenvrij zijn. Voorwaarde is dat ze werken of naar school gaan."
        ),
        Signal(
            title: "Toeslagenschuld bij Belastingdienst vertraagt schuldregeling",
            description: "Bij veel cliënten zit er een terugvordering van toeslagen in de schulden. Het duurt lang voordat de Belastingdienst "
                + "reageert op ons voorstel. De hele regeling ligt dan stil.",
            domain: "schulden", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "De Belastingdienst werkt mee aan minnelijke regelingen, maar de reactietijd is lang. We hebben via het landelijke overleg "
                + "van gemeenten gevraagd om een vast contactpunt. Tot die tijd kun je het voorstel alvast naar de andere schuldeisers sturen."
        ),
        Signal(
            title: "Studieschuld telt niet mee in schuldregeling",
            description: "Een cliënt snapt niet waarom zijn studieschuld bij DUO buiten de schuldregeling blijft. Hij betaalt nu twee keer "
                + "per maand en houdt bijna niets over.",
            domain: "schulden", policy: nil, urgency: "laag", affected: "2-10",
            solution: nil,
            answer: "Studieschuld valt inderdaad buiten de schuldregeling, omdat DUO een eigen regeling heeft die rekening houdt met het "
                + "inkomen. De schuldhulpverlener kan de cliënt helpen om bij DUO een lager maandbedrag aan te vragen. We nemen dit op in de "
                + "informatie voor cliënten."
        ),
        Signal(
            title: "Boetes stapelen zich op bij cliënten zonder overzicht",
            description: "Cliënten met weinig overzicht krijgen een boete, betalen niet en daarna komen er verhogingen bij. Een kleine boete "
                + "wordt zo een groot bedrag. Ze vragen pas hulp als er beslag komt.",
            domain: "schulden", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Het CJIB biedt betalingsregelingen en kan bij schuldhulp de invordering tijdelijk stoppen. We sluiten aan bij de "
                + "landelijke afspraken over vroegsignalering van boetes, zodat we eerder een signaal krijgen."
        ),
        Signal(
            title: "Saneringskrediet laat lang op zich wachten",
            description: "Als alle schuldeisers akkoord zijn, duurt het nog weken voordat het saneringskrediet wordt uitbetaald. Intussen "
                + "trekt een schuldeiser soms zijn akkoord in. Dan moeten we opnieuw beginnen.",
            domain: "schulden", policy: 1, urgency: "laag", affected: "2-10",
            solution: nil,
            answer: "We hebben de stappen bij de kredietbank bekeken. Er zat een dubbele controle in die we schrappen. Het saneringskrediet "
                + "moet nu binnen tien werkdagen na het laatste akkoord worden uitbetaald."
        ),
        Signal(
            title: "Na schuldregeling geen nazorg, cliënt valt terug",
            description: "Na drie jaar schuldregeling stopt alle hulp. Ik zie cliënten die binnen een jaar weer achterstanden hebben. Ze "
                + "hebben nooit geleerd om zelf hun geld te regelen, want de bewindvoerder deed alles.",
            domain: "schulden", policy: 1, urgency: "normaal", affected: "11-50",
            solution: "Een nazorgtraject van een half jaar waarin de cliënt stap voor stap zelf weer alles regelt.",
            answer: "Nazorg staat in het beleidsplan, maar is nog niet goed ingevuld. We starten na de zomer met een nazorgtraject van zes "
                + "maanden, waarin vrijwilligers de cliënt helpen om zelf de administratie te doen. Zo werken we aan het doel 'blijvend "
                + "schuldenvrij'."
        ),
        Signal(
            title: "Hogere premie na achterstand zorgverzekering blijft hangen",
            description: "Cliënten met een grote premieachterstand bij de zorgverzekering betalen via het CAK een hogere premie. Ook als ze in "
                + "de schuldhulp zitten, blijft die hogere premie soms maanden doorlopen.",
            domain: "schulden", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Als een cliënt een schuldregeling heeft, kan de schuldhulpverlener dat melden, zodat de hogere premie stopt. Dit gebeurt "
                + "nog niet altijd. We nemen het op als vaste stap in de checklist bij de start van een regeling."
        ),
        Signal(
            title: "Kwijtschelding gemeentelijke belastingen niet automatisch",
            description: "Cliënten in de bijstand moeten elk jaar zelf kwijtschelding van de gemeentelijke belastingen aanvragen. Veel mensen "
                + "doen dat niet en krijgen dan een aanmaning en kosten. Terwijl we weten dat ze recht hebben.",
            domain: "schulden", policy: nil, urgency: "normaal", affected: "meer-dan-50",
            solution: "Bijstandsgerechtigden automatisch kwijtschelding geven.",
            answer: "We gaan vanaf het nieuwe belastingjaar kwijtschelding automatisch toekennen aan inwoners met alleen een "
                + "bijstandsuitkering en geen vermogen. Daarvoor toetst de belastingafdeling vooraf met de gegevens van werk en inkomen."
        ),
    ]

    static let signalsWonen: [Signal] = [
        Signal(
            title: "Huurachterstand loopt op tot ontruiming tijdens wachttijd schuldhulp",
            description: "Een gezin met een huurachterstand stond zes weken op de wachtlijst voor schuldhulp. In die tijd heeft de "
                + "woningcorporatie een ontruimingsvonnis aangevraagd. Als we eerder hadden kunnen helpen, was dit niet nodig geweest.",
            domain: "wonen", policy: 1, urgency: "hoog", affected: "2-10",
            solution: "Huurachterstanden altijd als spoed behandelen, ook als de cliënt al op de wachtlijst staat.",
            answer: "Bij dreigende ontruiming moet er volgens de wet binnen drie werkdagen hulp zijn, ook als iemand al wacht. We hebben met "
                + "de woningcorporaties afgesproken dat ze ons eerder waarschuwen en een ontruiming uitstellen als er hulp loopt."
        ),
        Signal(
            title: "Tochtige huurwoning, energierekening van driehonderd euro per maand",
            description: "In een oude buurt in Noord wonen veel gezinnen in oude huurwoningen met enkel glas. De energierekening is voor sommigen "
                + "driehonderd euro per maand. Daar is met een uitkering niet tegenop te betalen.",
            domain: "wonen", policy: 7, urgency: "normaal", affected: "11-50",
            solution: "Afspraken met de woningcorporatie om deze woningen eerst te isoleren.",
            answer: "De evaluatie van Warm Thuis laat zien dat kleine maatregelen in deze woningen te weinig helpen. In de nieuwe "
                + "prestatieafspraken met de corporatie vragen we om deze woningen in Noord voorrang te geven bij isolatie. Tot die tijd "
                + "kunnen huishoudens bijzondere bijstand aanvragen voor de hoge energiekosten."
        ),
        Signal(
            title: "Energiecoach geweest, maar verhuurder isoleert niet",
            description: "De energiecoach heeft bij een cliënt radiatorfolie en tochtstrips geplaatst. Dat helpt een beetje, maar de "
                + "ramen sluiten niet en er is vocht. De particuliere verhuurder reageert niet op klachten.",
            domain: "wonen", policy: 7, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Bij particuliere verhuurders kan de gemeente handhaven als de woning niet voldoet aan de eisen. We vragen het team "
                + "wonen om een controle te doen. Ook kan de huurder naar de huurcommissie voor een lagere huur zolang de gebreken er zijn."
        ),
        Signal(
            title: "Servicekosten energie bij kamerverhuur veel te hoog",
            description: "Cliënten die een kamer huren bij een particuliere verhuurder betalen een vast bedrag voor energie. Dat bedrag is "
                + "sinds vorig jaar verdubbeld, zonder afrekening. Ze durven niet te klagen uit angst hun kamer kwijt te raken.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "Huurders hebben recht op een jaarlijks overzicht van de servicekosten en kunnen naar de huurcommissie. We maken hierover "
                + "een korte folder en bespreken in het team wonen of we verhuurders die dit vaker doen kunnen aanspreken."
        ),
        Signal(
            title: "Statushouders blijven lang in azc door gebrek aan woningen",
            description: "Statushouders die aan Dijkerveen zijn gekoppeld, wachten soms een jaar in het azc op een woning. Daardoor start hun "
                + "inburgering laat. Ook hebben ze in die tijd geen contact met de wijk waar ze komen wonen.",
            domain: "wonen", policy: 6, urgency: "normaal", affected: "11-50",
            solution: "Tijdelijke woningen of woningdelen voor alleenstaande statushouders.",
            answer: "We lopen achter op de taakstelling. In Centrum komen volgend jaar veertig tijdelijke woningen, deels voor "
                + "statushouders en deels voor andere woningzoekenden. Ook kijken we met de corporatie naar woningdelen voor alleenstaanden."
        ),
        Signal(
            title: "Statushouder krijgt lege woning zonder vloer en gordijnen",
            description: "Statushouders krijgen een woning zonder vloer, gordijnen en lampen. De inrichting moeten ze betalen met een lening. "
                + "Ze beginnen hun nieuwe leven dus met een schuld, terwijl ze nog geen Nederlands spreken.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "11-50",
            solution: "Inrichtingskosten voor statushouders als gift in plaats van lening.",
            answer: "We hebben besloten dat statushouders de inrichting voortaan als gift krijgen tot een vast bedrag. Daarnaast maken we "
                + "afspraken met de corporatie over het overnemen van vloeren van de vorige huurder."
        ),
        Signal(
            title: "Inwonen bij familie om dakloosheid te voorkomen kost uitkering",
            description: "Een man van 45 raakte zijn huis kwijt en trok in bij zijn zus. Door de kostendelersnorm gaat haar uitkering omlaag. "
                + "Ze overweegt hem weg te sturen, terwijl hij anders op straat staat.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "2-10",
            solution: "Tijdelijk inwonen om dakloosheid te voorkomen een half jaar buiten de kostendelersnorm laten.",
            answer: "De kostendelersnorm is landelijk en we kunnen er alleen in bijzondere situaties van afwijken. We onderzoeken of tijdelijk "
                + "opvangen van familie als bijzondere situatie kan gelden. Het signaal gaat mee in onze reactie op de wetswijziging "
                + "Participatiewet in balans."
        ),
        Signal(
            title: "Urgentieregeling sluit dakloze zonder kinderen uit",
            description: "In de nieuwe verordening krijgen vooral gezinnen met kinderen urgentie. Alleenstaanden die dakloos zijn, vallen er "
                + "bijna altijd buiten, ook als ze klaar zijn om zelfstandig te wonen. Volgens mij was dat niet de bedoeling.",
            domain: "wonen", policy: 6, urgency: "hoog", affected: "11-50",
            solution: "Dakloosheid zelf als grond voor urgentie, met begeleiding als voorwaarde.",
            answer: "Dit is een onbedoeld gevolg van artikel 12. We bereiden een wijziging voor, waarbij alleenstaanden die dakloos zijn en "
                + "begeleiding accepteren ook urgentie kunnen krijgen. De wijziging gaat na de zomer naar het college."
        ),
        Signal(
            title: "Uitstroom uit de opvang lukt niet binnen zes maanden",
            description: "Mensen in de maatschappelijke opvang die klaar zijn om zelfstandig te wonen, wachten gemiddeld een jaar. Het doel "
                + "van zes maanden halen we niet. Intussen zijn de bedden bezet en moeten nieuwe mensen op straat slapen.",
            domain: "wonen", policy: 6, urgency: "hoog", affected: "11-50",
            solution: nil,
            answer: "We hebben met de corporaties afgesproken dat tien procent van de vrijkomende woningen naar uitstroom uit opvang en "
                + "beschermd wonen gaat. Daarnaast komen er woningen met een huurcontract op naam van de zorgaanbieder, dat later wordt omgezet."
        ),
        Signal(
            title: "Dakloze zonder postadres krijgt geen uitkering",
            description: "Een dakloze cliënt kan geen uitkering aanvragen omdat hij geen adres heeft. Hij weet niet dat hij een briefadres kan "
                + "krijgen. Aan de balie werd hij weggestuurd.",
            domain: "wonen", policy: nil, urgency: "hoog", affected: "2-10",
            solution: nil,
            answer: "Iedere dakloze inwoner kan een briefadres krijgen bij de gemeente. Het is niet goed dat de cliënt is weggestuurd. We "
                + "bespreken dit met de baliemedewerkers en maken een korte instructie. Neem contact op met de cliënt, dan regelen we het deze "
                + "week."
        ),
        Signal(
            title: "Aanvraag mantelzorgurgentie veel te ingewikkeld",
            description: "Voor urgentie als mantelzorger moet je verklaringen hebben van een arts, het wijkteam en de zorgvrager. Een dochter "
                + "die voor haar vader zorgt, gaf het op na drie maanden. Nu rijdt ze elke dag een uur heen en weer.",
            domain: "wonen", policy: 6, urgency: "normaal", affected: "2-10",
            solution: "Eén verklaring van het wijkteam is genoeg als de zorg al bekend is.",
            answer: "We vereenvoudigen de aanvraag: als het wijkteam de zorgsituatie al kent, is een verklaring van het wijkteam genoeg. Dat "
                + "nemen we op in de uitwerking van de verordening."
        ),
        Signal(
            title: "Verbod op woningsplitsing, jongeren vinden geen kamer",
            description: "Volgens de verordening mag een woning niet zomaar worden gesplitst. Jongeren die uit huis willen of moeten, vinden "
                + "daardoor bijna geen kamer. Sommigen wonen noodgedwongen bij vrienden op de bank.",
            domain: "wonen", policy: 6, urgency: "laag", affected: "onbekend",
            solution: nil,
            answer: "Het verbod is er om overlast en slechte kamerverhuur te voorkomen. We kijken bij de evaluatie of splitsen onder "
                + "voorwaarden mogelijk wordt in Centrum en Oost. Ook komen er met de corporatie extra jongerenwoningen."
        ),
        Signal(
            title: "Na scheiding slaapt ouder maanden bij vrienden",
            description: "Na een scheiding slaapt een vader al vier maanden bij vrienden op de bank. Zijn kinderen kan hij daar niet "
                + "ontvangen. Hij krijgt geen urgentie omdat hij niet dakloos is.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Een scheiding is geen grond voor urgentie, omdat er anders te weinig woningen over blijven voor andere groepen. We "
                + "onderzoeken wel of een deel van de tijdelijke woningen in Centrum voor ouders na een scheiding kan zijn."
        ),
        Signal(
            title: "Schimmel in huurwoning, kinderen steeds ziek",
            description: "Een gezin woont in een huurwoning met veel schimmel in de slaapkamers. De kinderen hebben steeds luchtwegklachten. "
                + "De verhuurder zegt dat het aan het stoken en luchten ligt.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "2-10",
            solution: nil,
            answer: "We vragen het team wonen om een inspectie. Als er een bouwkundige oorzaak is, kan de gemeente de verhuurder verplichten "
                + "om het op te lossen. Het gezin kan ook naar de huurcommissie voor huurverlaging."
        ),
        Signal(
            title: "Ontruiming ondanks lopende betalingsregeling",
            description: "Een cliënt had een betalingsregeling met de verhuurder en betaalde netjes af. Toch ging de ontruiming door, omdat "
                + "het vonnis er al lag. Het gezin zit nu in de noodopvang.",
            domain: "wonen", policy: 1, urgency: "hoog", affected: "1",
            solution: nil,
            answer: "Dit had niet mogen gebeuren. We bespreken de situatie met de verhuurder en spreken af dat een ontruiming altijd wordt "
                + "gemeld bij de gemeente, zodat we kunnen bemiddelen. Voor dit gezin zoeken we met voorrang naar een woning."
        ),
        Signal(
            title: "Arbeidsmigranten in overvolle woningen in Zuid",
            description: "In een paar woningen in Zuid wonen tien of meer arbeidsmigranten. Buren klagen over overlast en er is "
                + "brandgevaar. De bewoners durven niet te klagen, omdat hun huis via de werkgever loopt.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "meer-dan-50",
            solution: nil,
            answer: "We laten deze adressen controleren door het team toezicht en de brandweer. Als het huis van de werkgever is, kan dat "
                + "ook een signaal van uitbuiting zijn; dat bespreken we met de arbeidsinspectie."
        ),
        Signal(
            title: "Huurders met blokverwarming kunnen zelf niet besparen",
            description: "In een flat in Noord hebben de huurders blokverwarming. Ze betalen een vast voorschot, hoe zuinig ze ook stoken. "
                + "De energiecoach kon daar niets mee. De afrekening kwam dit jaar veel hoger uit.",
            domain: "wonen", policy: 7, urgency: "normaal", affected: "11-50",
            solution: "Afspraken met de corporatie over individuele meters en een eerlijke verdeling van de kosten.",
            answer: "De evaluatie van Warm Thuis noemt blokverwarming als blinde vlek. In de nieuwe aanpak vragen we de corporatie om "
                + "individuele meters te plaatsen. Huishoudens met een hoge afrekening kunnen schuldhulp of bijzondere bijstand aanvragen."
        ),
        Signal(
            title: "Jongere op kamer krijgt geen huurtoeslag",
            description: "Een jongere van 19 die uit een jeugdinstelling komt, huurt een kamer met gedeelde keuken. Hij krijgt geen "
                + "huurtoeslag, want het is geen zelfstandige woning. Na de huur houdt hij bijna niets over.",
            domain: "wonen", policy: nil, urgency: "normaal", affected: "11-50",
            solution: nil,
            answer: "Huurtoeslag is landelijk alleen voor zelfstandige woonruimte, met een paar uitzonderingen. Dit knelpunt sturen we naar "
                + "het ministerie. Lokaal kijken we met de corporatie naar kleine zelfstandige woningen voor jongeren uit de jeugdhulp."
        ),
    ]
}
