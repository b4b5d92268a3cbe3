// Common surnames across languages, as a login spells them (lower case, ASCII letters only: see
// foldToLoginLetters). Used only to read an account name that a user-name context has already
// found (`"userName": "…"`, an IAM user, a kubeconfig user) as a person's login rather than a
// service account's: an initial and a surname (`kmaier`), a given name and a surname
// (`sofiacosta`), a surname and an initial.
// NOTE: at least four letters, and no surname that is an everyday English word or forms one after
// an initial (Park: `spark`; Ward: `award`; Hill, King, Wood, Bell, Lane, Page, Reed, Rose, Long,
// Hall, Stone, Young, Green, Black, White, Rice: `price`; Hare: `share`; Wing: `swing`).

const SURNAME_LIST = `
cohen levi mizrahi peretz biton dahan avraham friedman azulay malka katz ohayon golan shapiro elbaz vaknin gabay hadad segal edri amsalem
velasquez juarez carrillo cortez trevino villarreal rosales bermudez saldivar otero greer zamora montoya escobar velez orozco galvan cisneros barrera avila arroyo carmona galindo huerta lucero macias quintero robles
vasquez whitfield sanz pacheco garza cervantes fuentes cardenas valdez salinas ibarra acosta alvarado trujillo quiroga duarte figueiredo beaumont kessler whitcomb monroe deshmukh
hartley solberg kraemer holmqvist ekstrom petrosyan brenner ortega nunes sokolov rasanen jorgensen berglund lindholm hedlund nyberg lundqvist
smith jones williams taylor davies evans thomas johnson roberts walker wright robinson thompson wilson
hughes edwards lewis jackson harris clarke clark morris turner cooper phillips baker parker morgan
allen mitchell carter collins murphy anderson martin harrison campbell kelly stewart moore russell
mills shaw graham adams palmer holmes barker richards chapman dixon marshall fisher simpson webb
ellis gibson watson watts knight spencer hamilton burton kennedy fletcher pearson bailey cox
murray riley matthews lloyd jenkins owen owens hayes gordon dawson barnes harvey pearce chambers
hudson mason holland butler gray grant foster ross bennett cunningham sullivan oconnor obrien
osullivan byrne ryan doyle mccarthy gallagher doherty kennedy lynch quinn flanagan brennan fitzgerald
donnelly mcdonald macdonald mackenzie mcleod fraser reid robertson henderson paterson ferguson
sutherland morrison cameron wallace duncan crawford mclean macleod buchanan
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez
diaz morales reyes ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez moreno romero
herrera medina aguilar vargas castro guzman fernandez navarro dominguez vazquez delgado molina
serrano blanco suarez iglesias cortes santiago salazar rojas contreras espinoza sandoval guerrero
estrada figueroa mejia cabrera campos vega nunez soto pena marin alonso gallego vidal calvo rubio
lozano prieto garrido mendez cano crespo pascual herrero montero gimenez hidalgo ibanez ferrer
santos oliveira souza sousa pereira ferreira almeida carvalho ribeiro rodrigues costa martins
araujo barbosa rocha dias nascimento lima monteiro mendes cardoso teixeira correia pinto moreira
cavalcanti fonseca azevedo machado freitas nogueira coelho barros vieira tavares batista lopes
goncalves fernandes marques silveira brandao
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti deluca
mancini costa giordano rizzo lombardi moretti barbieri fontana santoro mariani rinaldi caruso
ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola desantis
marchetti parisi villa conte ferraro ferri fabbri bianco marini grasso valentini messina sala
gatti pellegrini palumbo sanna farina rizzi monti cattaneo morelli amato silvestri mazza testa
muller mueller schmidt schneider fischer weber meyer meier wagner becker schulz hoffmann schaefer
koch bauer richter klein wolf schroeder neumann schwarz zimmermann braun krueger kruger hofmann
hartmann lange schmitt werner schmitz krause lehmann schmid schulze maier kohler herrmann konig
walter mayer huber kaiser fuchs peters scholz moller weiss jung hahn schubert vogel friedrich
keller gunther frank berger winkler roth beck lorenz baumann franke albrecht schuster simon ludwig
bohm winter kraus martin schumacher kramer vogt stein jager sommer gross seidel heinrich
brandt haas schreiber graf schulte dietrich ziegler kuhn kuehn pohl engel horn busch bergmann thomas
voigt sauer arnold wolff pfeiffer brunner steiner gruber wimmer egger auer lechner
jansen janssen visser smit meijer mulder bos vos peters hendriks dijkstra bakker dekker brouwer
jacobs vermeulen vandijk vandenberg vanderberg vanleeuwen devries dejong dejonge vandermeer
hoekstra kuipers veenstra willems wouters claes goossens maes mertens peeters
dubois durand leroy moreau laurent lefebvre michel garnier faure rousseau blanc guerin muller
henry roussel nicolas perrin morin mathieu clement gauthier dumont lopez fontaine chevalier robin
masson sanchez gerard nguyen boyer denis lemaire duval joly gautier roger roche roy noel meyer
lucas meunier jean perez marchand dufour blanchard gillet barbier brun dumas brunet schmitt leroux
colin fernandez pierre renard arnaud rolland caron aubert giraud leclerc vincent bourgeois
tremblay gagnon bouchard cote gauthier morin lavoie fortin gagne ouellet pelletier belanger
lessard bergeron leblanc paquette girard simard boucher caron beaulieu cloutier poirier
nowak kowalski kowalska wisniewski wisniewska wojcik wojcikowa kowalczyk kaminski kaminska
lewandowski lewandowska zielinski zielinska szymanski szymanska wozniak dabrowski dabrowska
kozlowski kozlowska jankowski jankowska mazur wojciechowski wojciechowska kwiatkowski kwiatkowska
krawczyk kaczmarek piotrowski piotrowska grabowski grabowska zajac pawlowski pawlowska michalski
michalska krol wieczorek jablonski jablonska wrobel nowakowski nowakowska majewski majewska
olszewski olszewska stepien malinowski malinowska jaworski jaworska adamczyk dudek nowicki
nowicka pawlak gorski gorska witkowski witkowska walczak sikora baran rutkowski rutkowska michalak
szewczyk ostrowski ostrowska tomaszewski tomaszewska pietrzak zalewski zalewska wroblewski
wroblewska marciniak jasinski jasinska zawadzki zawadzka sadowski sadowska bak chmielewski
wlodarczyk borkowski czarnecki sawicki sokolowski urbanski kubiak maciejewski szczepanski
kucharski wilk kalinowski lis mazurek wysocki adamski kazmierczak wasilewski sobczak czerwinski
andrzejewski cieslak glowacki zakrzewski kolodziej sikorski krajewski gajewski szymczak
novak novakova svoboda svobodova novotny novotna dvorak dvorakova cerny cerna prochazka
prochazkova kucera kucerova vesely vesela horak horakova nemec nemcova pokorny pokorna marek
markova pospisil pospisilova hajek hajkova jelinek jelinkova kral kralova ruzicka ruzickova benes
benesova fiala fialova sedlacek sedlackova dolezal dolezalova zeman zemanova kolar kolarova navratil
navratilova cermak cermakova urban urbanova vanek vankova blazek blazkova kriz krizova kovac
kovacova horvath varga toth nagy szabo kiss molnar nemeth farkas balogh papp takacs juhasz
lakatos meszaros olah simon racz fekete szilagyi torok feher balazs gal kocsis orsos pinter
popescu ionescu popa pop radu dumitru stoica stan gheorghe rusu munteanu matei constantin serban
moldovan marin lungu ciobanu dobre florea ene mihai
papadopoulos papadopoulou papadakis georgiou nikolaou dimitriou konstantinou ioannou
vasileiou christodoulou karagiannis oikonomou athanasiou makris pappas alexiou angelopoulos
panagiotou antoniou giannopoulos
johansson andersson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
pettersson jonsson jansson hansson bengtsson lindberg lindstrom lindqvist lindgren berg bergstrom
lundberg lundgren sandberg forsberg sjoberg wallin engstrom hakansson danielsson lundin holm
hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen karlsen pettersen
eriksen berg haugen hagen johannessen andreassen jacobsen dahl halvorsen nielsen rasmussen
christensen sorensen madsen kristensen thomsen poulsen knudsen mortensen mikkelsen
korhonen virtanen makinen nieminen makela hamalainen laine heikkinen koskinen jarvinen lehtonen
lehtinen saarinen salminen heinonen niemi heikkila kinnunen salonen turunen salo laitinen tuominen
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan
cetin kara koc kurt ozkan simsek polat korkmaz karatas erdogan yavuz akin aksoy tekin
sonmez cinar basaran unal karaca turan bulut guler yuksel bilgin demirci baysal keskin coskun gunes bozkurt kocak uysal acar avci erdem cakir duman altun ozer ozkaya yalcin
sharma verma gupta singh kumar patel shah mehta joshi desai iyer iyengar nair menon pillai reddy
rao naidu chowdhury choudhury banerjee mukherjee chatterjee ghosh bose sengupta dasgupta bhattacharya
agarwal aggarwal bansal goyal mittal jain kapoor khanna malhotra chopra bhatia sethi arora saxena
srivastava tiwari mishra pandey dubey tripathi shukla chauhan rathore yadav thakur pillay
krishnan subramanian venkatesh ramanathan natarajan balasubramanian srinivasan
chandrasekhar ramachandran gopalan narayanan rajan raman sundaram
khan ahmed hussain hossain rahman islam ahmad malik qureshi siddiqui sheikh chaudhry butt
mirza haddad khalil hassan ibrahim mansour nasser saleh salem hamdan khoury haddad aziz
okafor okonkwo okeke nwosu eze obi adeyemi adebayo ogunleye balogun bello abubakar
mohammed ibrahim danjuma olawale adewale afolabi babatunde ogunbiyi akinola chukwu nwachukwu
mensah asante owusu boateng osei agyeman appiah amoah darko acheampong
kamau mwangi otieno odhiambo onyango wanjiru njoroge kariuki ochieng wafula kiprono
mutua ndungu wambui kimani waweru macharia
dlamini nkosi ndlovu khumalo mokoena mahlangu zulu ngcobo sithole botha pretorius vanwyk
vanderwalt nel coetzee fourie dutoit venter
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa
nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii
nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi
kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida
takagi ando taniguchi ohno maruyama imai takada fujimoto murata takeda
nguyen tran pham hoang phan dang bui hoang huynh
santos reyes cruz bautista ocampo mendoza villanueva aquino castillo ramos garcia dizon
solis legaspi sarmiento tolentino mercado ybanez canete quiambao atienza dimaculangan panganiban macaraeg gonzaga abellana bacalso lacson
magbanua soriano domingo villareal evangelista natividad pangilinan padilla salvador sison umali manalo dacanay espiritu manalastas dimaano
malabanan macapagal lacsamana tuazon agbayani pascua cabahug alcantara mangubat delacruz delosreyes deguzman delosantos
santoso wijaya halim gunawan setiawan kusuma pratama hidayat saputra nugroho
chang huang cheng chung leung cheung wong chan tsang
hoang
bernardi damico deangelis grassi pellegrino carbone giuliani benedetti barone rossetti caputo
montanari guerra palmieri martino fiore derosa ferretti bellini basile riva donati piras vitali
battaglia sartori neri costantini milani pagano ruggiero sorrentino orlando negri barrios restrepo
huaman quispe mamani condori santana leon marquez carrasco caballero nieto duran benitez mora arias
parra pardo soler velasco bustamante cardona ospina zapata londono echeverri arango giraldo
valencia villegas jaramillo paredes gonzales aguirre miranda maldonado ochoa navarrete cordero
orellana villalobos pizarro fuentealba tapia araya olivares gomes soares andrade moura jaeger otte
kuhl degroot dewit smits degraaf vanderlinden dehaan vandenbroek debruijn dekort vanderheijden
schouten lambert dupont vermeersch bertrand roux fournier morel mercier legrand chevallier lemoine
duda jakubowski szulc baranowski laskowski brzezinski makowski ziolkowski przybylski raghavan dutta
chakraborty goel trivedi kulkarni deshpande patil pawar jadhav shinde gaikwad naik hegde shetty
kamath bhat prabhu oluwaseun okoro musa yusuf suleiman aliyu hussein farouk akhtar hashmi chua
vandermerwe thibodeaux vanacker vandenberghe devos desmet
moodley naidoo govender fortuin zungu mbambo mabuza petersen mkhize cele mthembu buthelezi shabalala hlongwane molefe modise maseko nxumalo dube ntuli
shezi mtshali majola isaacs hendricks abrahams mahlaba mabaso swanepoel steyn dyantyi ndaba mabena mokwena mathebula baloyi chauke maluleke mofokeng motaung tshabalala
rotaru neagu enache bejan balan oprea stanescu muresan dumitrescu iliescu iancu taranu ceban cojocaru lupascu cazacu lazar dinu nistor ardelean surdu
siregar nasution harahap sitorus simanjuntak lubis hakim ismail abdullah yusof othman zainal kamal rashid yaakob rosli azman sulaiman
pereyra ferreyra ledesma bertolotti sosa villalba aguero ojeda godoy vera correa cardozo ayala mansilla rios farias bustos ponce coronel olivera maidana luna frias peralta toledo rolon silva saavedra
`;

function words(list: string): string[] {
 return list.split(/\s+/u).filter((w) => w.length >= 4);
}

/** Common surnames, folded to a login's letters; four letters or more. */
export const SURNAMES: ReadonlySet<string> = new Set(words(SURNAME_LIST));
