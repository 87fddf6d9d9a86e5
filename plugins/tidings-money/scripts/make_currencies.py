"""Regenerate ``src/tidings_money/data/currencies.json``, the ISO 4217 table.

Sources: every current code with its official name and number from pycountry's
copy of ISO 4217 (install pycountry only to run this script; the plugin does not
need it), the withdrawn codes that news archives still use, and the curated rows
below: signs, unit words with their plurals, minor units, adjectives and the
words that point to a country.

    pip install pycountry && python scripts/make_currencies.py

Curated row format, one currency a line, fields split by ``|``:

    CODE | years in use | signs | units | minor units | adjectives | cues

- years in use: ``1999-`` (introduced), ``-2002`` (withdrawn) or ``1994-2023``;
- signs: space-separated, case-sensitive ("US$", "kr", "Rs"); a code followed by
  one of its own one-character signs ("AUD$", "EUR€") is read without a row here;
- units: comma-separated ``singular/plural/other forms`` ("dollar/dollars");
- minor units: ``forms:divisor`` ("cent/cents:100");
- adjectives: words that name this currency right before a unit ("Canadian");
- cues: words that make the country plain in an article ("Canada", "Ottawa").
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "tidings_money" / "data" / "currencies.json"

#: Codes withdrawn from ISO 4217 that news archives use, with their names.
WITHDRAWN = {
    "ATS": "Austrian Schilling", "BEF": "Belgian Franc", "CYP": "Cyprus Pound",
    "DEM": "Deutsche Mark", "EEK": "Estonian Kroon", "ESP": "Spanish Peseta",
    "FIM": "Finnish Markka", "FRF": "French Franc", "GRD": "Greek Drachma",
    "IEP": "Irish Pound", "ITL": "Italian Lira", "LTL": "Lithuanian Litas",
    "LUF": "Luxembourg Franc", "LVL": "Latvian Lats", "MTL": "Maltese Lira",
    "NLG": "Netherlands Guilder", "PTE": "Portuguese Escudo", "SIT": "Slovenian Tolar",
    "SKK": "Slovak Koruna", "XEU": "European Currency Unit", "SUR": "Soviet Rouble",
    "RUR": "Russian Ruble (1992-1997)", "DDM": "East German Mark", "ZWD": "Zimbabwe Dollar",
    "VEB": "Venezuelan Bolivar (to 2008)", "HRK": "Croatian Kuna", "BGN": "Bulgarian Lev", "TRL": "Turkish Lira (to 2005)",
    "MXP": "Mexican Peso (to 1993)", "YUN": "Yugoslav Dinar",
}

CURATED = """
USD | | $ US$ U.S.$ dlrs dlr | dollar/dollars/dlr/dlrs, buck/bucks, greenback/greenbacks | cent/cents/¢/cts:100 | U.S., US, American, United States | United States, U.S., US, America, American, Washington
CAD | | $ C$ CA$ Can$ CAN$ CDN$ Cdn$ | dollar/dollars, loonie/loonies | cent/cents:100 | Canadian, Canada's | Canada, Canadian, Canadians, Ottawa, Toronto, Montreal, Quebec, Alberta, Ontario, Vancouver
AUD | | $ A$ AU$ | dollar/dollars | cent/cents:100 | Australian, Aust | Australia, Australian, Australians, Canberra, Sydney, Melbourne
NZD | | $ NZ$ | dollar/dollars | cent/cents:100 | New Zealand, NZ, N.Z. | New Zealand, Wellington, Auckland
HKD | | $ HK$ | dollar/dollars | cent/cents:100 | Hong Kong, HK, H.K., Hongkong | Hong Kong, Hongkong
SGD | | $ S$ SG$ | dollar/dollars | cent/cents:100 | Singapore, Singaporean | Singapore, Singaporean
TWD | | $ NT$ | dollar/dollars | cent/cents:100 | Taiwan, Taiwanese, New Taiwan | Taiwan, Taiwanese, Taipei
JMD | | $ J$ | dollar/dollars | cent/cents:100 | Jamaican | Jamaica, Jamaican, Kingston
TTD | | $ TT$ | dollar/dollars | cent/cents:100 | Trinidad and Tobago, Trinidadian | Trinidad
BSD | | $ B$ | dollar/dollars | cent/cents:100 | Bahamian | Bahamas, Bahamian, Nassau
BBD | | $ Bds$ | dollar/dollars | cent/cents:100 | Barbados, Barbadian | Barbados, Barbadian
BZD | | $ BZ$ | dollar/dollars | cent/cents:100 | Belize, Belizean | Belize
BMD | | $ | dollar/dollars | cent/cents:100 | Bermudian, Bermuda | Bermuda
BND | | $ B$ | dollar/dollars | cent/cents:100 | Brunei | Brunei
FJD | | $ FJ$ | dollar/dollars | cent/cents:100 | Fiji, Fijian | Fiji, Fijian
GYD | | $ G$ | dollar/dollars | cent/cents:100 | Guyana, Guyanese | Guyana
KYD | | $ CI$ | dollar/dollars | cent/cents:100 | Cayman Islands, Cayman | Cayman Islands
LRD | | $ L$ | dollar/dollars | cent/cents:100 | Liberian | Liberia, Liberian, Monrovia
NAD | | $ N$ | dollar/dollars | cent/cents:100 | Namibian, Namibia | Namibia, Namibian, Windhoek
SBD | | $ SI$ | dollar/dollars | cent/cents:100 | Solomon Islands | Solomon Islands
SRD | | $ Sr$ | dollar/dollars | cent/cents:100 | Surinamese, Surinam | Suriname, Surinamese
XCD | | $ EC$ | dollar/dollars | cent/cents:100 | East Caribbean | East Caribbean
ZWD | -2009 | $ Z$ | dollar/dollars | cent/cents:100 | Zimbabwe, Zimbabwean | Zimbabwe, Zimbabwean, Harare
MXN | | $ Mex$ MX$ | peso/pesos | centavo/centavos:100 | Mexican | Mexico, Mexican, Mexicans
ARS | | $ AR$ | peso/pesos | centavo/centavos:100 | Argentine, Argentinian | Argentina, Argentine, Argentinian, Buenos Aires
CLP | | $ CLP$ | peso/pesos | centavo/centavos:100 | Chilean | Chile, Chilean, Santiago
COP | | $ COL$ | peso/pesos | centavo/centavos:100 | Colombian | Colombia, Colombian, Bogota
CUP | | $ | peso/pesos | centavo/centavos:100 | Cuban | Cuba, Cuban, Havana
DOP | | RD$ | peso/pesos | centavo/centavos:100 | Dominican | Dominican Republic, Santo Domingo
PHP | | ₱ Php | peso/pesos | centavo/centavos:100 | Philippine, Filipino | Philippines, Philippine, Filipino, Manila
UYU | | $U | peso/pesos | centesimo/centesimos:100 | Uruguayan | Uruguay, Uruguayan, Montevideo
EUR | 1999- | € &euro; &#8364; | euro/euros | cent/cents:100, eurocent/eurocents:100 | euro | euro zone, eurozone, euro area, European Central Bank, ECB
XEU | -1999 | | ecu/ecus | | European Currency Unit | European Community, EC
GBP | | £ # GB£ &pound; &#163; | pound/pounds, pound sterling/pounds sterling, sterling, stg, quid | penny/pence/pennies:100, p:100 | British, sterling, UK | Britain, British, UK, United Kingdom, England, English, London, Scotland, Wales, Bank of England
EGP | | E£ LE | pound/pounds | piastre/piastres:100 | Egyptian | Egypt, Egyptian, Cairo
LBP | | L£ LL | pound/pounds, lira/liras | piastre/piastres:100 | Lebanese | Lebanon, Lebanese, Beirut
SYP | | S£ LS | pound/pounds, lira/liras | piastre/piastres:100 | Syrian | Syria, Syrian, Damascus
SDG | 2007- | | pound/pounds | piastre/piastres:100 | Sudanese | Sudan, Sudanese, Khartoum
SSP | 2011- | | pound/pounds | piastre/piastres:100 | South Sudanese | South Sudan, South Sudanese, Juba
FKP | | | pound/pounds | penny/pence:100 | Falkland Islands, Falklands | Falkland Islands, Falklands
GIP | | | pound/pounds | penny/pence:100 | Gibraltar | Gibraltar
SHP | | | pound/pounds | penny/pence:100 | Saint Helena | Saint Helena
IEP | -2002 | IR£ | pound/pounds, punt/punts | penny/pence:100 | Irish | Ireland, Irish, Dublin
CYP | -2008 | C£ | pound/pounds | cent/cents:100 | Cypriot, Cyprus | Cyprus, Cypriot, Nicosia
JPY | | ¥ 円 JP¥ &yen; &#165; | yen | sen:100 | Japanese | Japan, Japanese, Tokyo, Bank of Japan, Osaka
CNY | | ¥ 元 CN¥ RMB Rmb &yen; &#165; | yuan, renminbi, kuai | fen:100, jiao:10 | Chinese | China, Chinese, Beijing, Shanghai, People's Bank of China, PBOC
KRW | | ₩ | won | jeon:100 | South Korean, Korean | South Korea, Korea, Korean, Seoul
KPW | | ₩ | won | chon:100 | North Korean | North Korea, North Korean, Pyongyang
INR | | ₹ Rs Rs. ₨ | rupee/rupees | paisa/paise:100 | Indian | India, Indian, New Delhi, Delhi, Mumbai, Reserve Bank of India
PKR | | Rs Rs. ₨ PKRs | rupee/rupees | paisa/paise:100 | Pakistani, Pakistan | Pakistan, Pakistani, Islamabad, Karachi, Lahore
LKR | | Rs Rs. ₨ SLRs | rupee/rupees | cent/cents:100 | Sri Lankan, Sri Lanka | Sri Lanka, Sri Lankan, Colombo
NPR | | Rs Rs. ₨ NRs | rupee/rupees | paisa/paise:100 | Nepalese, Nepali, Nepal | Nepal, Nepalese, Nepali, Kathmandu
MUR | | Rs Rs. ₨ | rupee/rupees | cent/cents:100 | Mauritian | Mauritius, Mauritian
SCR | | Rs Rs. ₨ SRe | rupee/rupees | cent/cents:100 | Seychellois, Seychelles | Seychelles
IDR | | Rp | rupiah | sen:100 | Indonesian | Indonesia, Indonesian, Jakarta
RUB | | ₽ руб | rouble/roubles, ruble/rubles | kopeck/kopecks/kopek/kopeks/kopeyka/kopeyki:100 | Russian | Russia, Russian, Moscow, Kremlin, Bank of Russia
RUR | -1998 | | rouble/roubles, ruble/rubles | kopeck/kopecks/kopek/kopeks:100 | Russian | Russia, Russian, Moscow
SUR | -1992 | | rouble/roubles, ruble/rubles | kopeck/kopecks/kopek/kopeks:100 | Soviet | Soviet Union, Soviet, USSR
BYN | 2016- | Br | rouble/roubles, ruble/rubles | kopeck/kopecks:100 | Belarusian, Belarussian | Belarus, Belarusian, Belarussian, Minsk
UAH | 1996- | ₴ | hryvnia/hryvnias/hryvnas/hryvnia, hryvna/hryvnas, grivna/grivnas | kopiyka/kopiyky/kopecks:100 | Ukrainian | Ukraine, Ukrainian, Kyiv, Kiev
CHF | | SFr SFr. Sfr SwFr Fr. | franc/francs | centime/centimes/rappen:100 | Swiss | Switzerland, Swiss, Zurich, Geneva, Bern, Berne, Swiss National Bank
FRF | -2002 | FF | franc/francs | centime/centimes:100 | French | France, French, Paris, Banque de France
BEF | -2002 | BF | franc/francs | centime/centimes:100 | Belgian | Belgium, Belgian, Brussels
LUF | -2002 | LF | franc/francs | centime/centimes:100 | Luxembourg | Luxembourg
XOF | | CFA FCFA | franc/francs, CFA franc/CFA francs, franc CFA/francs CFA, CFA franc BCEAO/CFA francs BCEAO | centime/centimes:100 | West African, CFA | Senegal, Senegalese, Dakar, Ivory Coast, Cote d'Ivoire, Côte d'Ivoire, Ivorian, Abidjan, Mali, Malian, Bamako, Burkina Faso, Ouagadougou, Niger, Niamey, Benin, Cotonou, Togo, Lome, Guinea-Bissau, BCEAO
XAF | | CFA FCFA | franc/francs, CFA franc/CFA francs, franc CFA/francs CFA, CFA franc BEAC/CFA francs BEAC | centime/centimes:100 | Central African, CFA | Cameroon, Cameroonian, Yaounde, Douala, Gabon, Gabonese, Libreville, Chad, Chadian, N'Djamena, Congo-Brazzaville, Brazzaville, Central African Republic, Bangui, Equatorial Guinea, Malabo, BEAC
XPF | | | franc/francs, CFP franc/CFP francs | centime/centimes:100 | CFP, Pacific | New Caledonia, French Polynesia, Tahiti
CDF | | FC | franc/francs | centime/centimes:100 | Congolese | Democratic Republic of Congo, DR Congo, Kinshasa
BIF | | FBu | franc/francs | centime/centimes:100 | Burundian, Burundi | Burundi, Burundian
RWF | | RF FRw | franc/francs | centime/centimes:100 | Rwandan, Rwanda | Rwanda, Rwandan, Kigali
GNF | | FG | franc/francs | centime/centimes:100 | Guinean | Guinea, Guinean, Conakry
DJF | | Fdj | franc/francs | centime/centimes:100 | Djiboutian, Djibouti | Djibouti
KMF | | CF | franc/francs | centime/centimes:100 | Comorian | Comoros, Comorian
MGA | | Ar | ariary | iraimbilanja:5 | Malagasy | Madagascar, Malagasy
DEM | -2002 | DM | mark/marks, Deutsche mark/Deutsche marks, Deutschmark/Deutschmarks, deutschemark/deutschemarks, D-mark/D-marks | pfennig/pfennigs/pfennige:100 | German, West German, Deutsche | Germany, German, West Germany, West German, Bonn, Frankfurt, Bundesbank, Berlin
DDM | -1990 | | mark/marks, Ostmark/Ostmarks | pfennig/pfennigs:100 | East German | East Germany, East German
FIM | -2002 | mk | markka/markkaa/markkas | penni/penniä/pennia:100 | Finnish | Finland, Finnish, Helsinki
BAM | 1998- | KM | convertible mark/convertible marks, mark/marks | fening/feninga:100 | Bosnian | Bosnia, Bosnian, Sarajevo
NLG | -2002 | fl ƒ Dfl Hfl | guilder/guilders, florin/florins, gulden | cent/cents:100 | Dutch | Netherlands, Dutch, Holland, Amsterdam, The Hague
ITL | -2002 | L. ₤ Lit. | lira/lire/liras | centesimo/centesimi:100 | Italian | Italy, Italian, Rome, Milan, Bank of Italy
MTL | -2008 | Lm | lira/liri | cent/cents:100 | Maltese | Malta, Maltese, Valletta
TRY | 2005- | ₺ TL | lira/liras/lire | kurus/kuruş:100 | Turkish | Turkey, Turkish, Turkiye, Türkiye, Ankara, Istanbul
TRL | -2005 | TL | lira/liras/lire | kurus:100 | Turkish | Turkey, Turkish, Ankara, Istanbul
ESP | -2002 | Pta Ptas Pts | peseta/pesetas | céntimo/céntimos/centimo/centimos:100 | Spanish | Spain, Spanish, Madrid, Barcelona
PTE | -2002 | Esc | escudo/escudos | centavo/centavos:100 | Portuguese | Portugal, Portuguese, Lisbon
GRD | -2002 | Dr | drachma/drachmas/drachmae | lepton/lepta:100 | Greek | Greece, Greek, Athens
ATS | -2002 | öS | schilling/schillings | groschen:100 | Austrian | Austria, Austrian, Vienna
EEK | 1992-2011 | | kroon/kroons/krooni, crown/crowns | sent/senti:100 | Estonian | Estonia, Estonian, Tallinn
LVL | 1993-2014 | Ls | lats/lati/latu | santims/santimi:100 | Latvian | Latvia, Latvian, Riga
LTL | 1993-2015 | Lt | litas/litai/litu | centas/centai:100 | Lithuanian | Lithuania, Lithuanian, Vilnius
SIT | 1991-2007 | | tolar/tolars/tolarjev | stotin/stotins:100 | Slovenian | Slovenia, Slovenian, Ljubljana
SKK | 1993-2009 | Sk | koruna/korunas/koruny, crown/crowns | haler/halers:100 | Slovak | Slovakia, Slovak, Bratislava
CZK | 1993- | Kč | koruna/korunas/koruny, crown/crowns | haler/halers:100 | Czech | Czech Republic, Czechia, Czech, Prague
SEK | | kr kr. SKr Skr | krona/kronor, crown/crowns | öre:100 | Swedish | Sweden, Swedish, Stockholm, Riksbank
NOK | | kr kr. NKr Nkr | krone/kroner, crown/crowns | øre:100 | Norwegian | Norway, Norwegian, Oslo, Norges Bank
DKK | | kr kr. DKr Dkr | krone/kroner, crown/crowns | øre:100 | Danish | Denmark, Danish, Copenhagen
ISK | | kr kr. IKr Ikr | krona/kronur/kronas, crown/crowns | eyrir/aurar:100 | Icelandic | Iceland, Icelandic, Reykjavik
PLN | | zł | zloty/zlotys/zlotych/złoty | grosz/groszy:100 | Polish | Poland, Polish, Warsaw
HUF | | Ft | forint/forints | filler:100 | Hungarian | Hungary, Hungarian, Budapest
RON | 2005- | lei | leu/lei | ban/bani:100 | Romanian | Romania, Romanian, Bucharest
MDL | | | leu/lei | ban/bani:100 | Moldovan | Moldova, Moldovan, Chisinau
BGN | -2026 | лв | lev/leva | stotinka/stotinki:100 | Bulgarian | Bulgaria, Bulgarian, Sofia
RSD | 2003- | din. | dinar/dinars | para:100 | Serbian | Serbia, Serbian, Belgrade
YUN | -1990 | | dinar/dinars | para:100 | Yugoslav | Yugoslavia, Yugoslav
MKD | 1993- | ден | denar/denars/denari | deni:100 | Macedonian | North Macedonia, Macedonia, Macedonian, Skopje
ALL | | | lek/leke/leks | qindarka:100 | Albanian | Albania, Albanian, Tirana
HRK | 1994-2023 | kn | kuna/kunas/kune | lipa:100 | Croatian | Croatia, Croatian, Zagreb
GEL | 1995- | ₾ | lari/laris | tetri:100 | Georgian | Georgia, Georgian, Tbilisi
AMD | 1993- | ֏ | dram/drams | luma:100 | Armenian | Armenia, Armenian, Yerevan
AZN | 2006- | ₼ | manat/manats | qapik:100 | Azerbaijani | Azerbaijan, Azerbaijani, Baku
TMT | 2009- | | manat/manats | tenge:100 | Turkmen | Turkmenistan, Turkmen, Ashgabat
KZT | 1993- | ₸ | tenge/tenges | tiyn:100 | Kazakh | Kazakhstan, Kazakh, Astana, Almaty
UZS | 1994- | | som/soms/sum/sums | tiyin:100 | Uzbek | Uzbekistan, Uzbek, Tashkent
KGS | 1993- | | som/soms | tyiyn:100 | Kyrgyz | Kyrgyzstan, Kyrgyz, Bishkek
TJS | 2000- | | somoni/somonis | diram:100 | Tajik | Tajikistan, Tajik, Dushanbe
MNT | | ₮ | tugrik/tugriks/tögrög | möngö:100 | Mongolian | Mongolia, Mongolian, Ulaanbaatar
ILS | | ₪ NIS | shekel/shekels/sheqel/sheqels/shekalim, new shekel/new shekels, New Israeli Shekel/New Israeli Shekels | agora/agorot:100 | Israeli | Israel, Israeli, Jerusalem, Tel Aviv, Bank of Israel
SAR | | SR | riyal/riyals | halala/halalas:100 | Saudi | Saudi Arabia, Saudi, Riyadh
QAR | | QR | riyal/riyals, rial/rials | dirham/dirhams:100 | Qatari | Qatar, Qatari, Doha
OMR | | RO | rial/rials, riyal/riyals | baisa/baisas:1000 | Omani | Oman, Omani, Muscat
YER | | YR | rial/rials, riyal/riyals | fils:100 | Yemeni | Yemen, Yemeni, Sanaa, Aden
IRR | | ﷼ | rial/rials | dinar/dinars:100 | Iranian | Iran, Iranian, Tehran
AED | | Dh Dhs | dirham/dirhams | fils:100 | UAE, Emirati | United Arab Emirates, UAE, Emirati, Dubai, Abu Dhabi
MAD | | DH | dirham/dirhams | centime/centimes:100 | Moroccan | Morocco, Moroccan, Rabat, Casablanca
KWD | | KD | dinar/dinars | fils:1000 | Kuwaiti | Kuwait, Kuwaiti
BHD | | BD | dinar/dinars | fils:1000 | Bahraini | Bahrain, Bahraini, Manama
JOD | | JD | dinar/dinars | piastre/piastres:100 | Jordanian | Jordan, Jordanian, Amman
IQD | | ID | dinar/dinars | fils:1000 | Iraqi | Iraq, Iraqi, Baghdad
LYD | | LD | dinar/dinars | dirham/dirhams:1000 | Libyan | Libya, Libyan, Tripoli
TND | | DT | dinar/dinars | millime/millimes:1000 | Tunisian | Tunisia, Tunisian, Tunis
DZD | | DA | dinar/dinars | centime/centimes:100 | Algerian | Algeria, Algerian, Algiers
AFN | | ؋ Af | afghani/afghanis | pul/puls:100 | Afghan | Afghanistan, Afghan, Kabul
BDT | | ৳ Tk | taka/takas | poisha:100 | Bangladeshi | Bangladesh, Bangladeshi, Dhaka
BTN | | Nu. | ngultrum/ngultrums | chetrum:100 | Bhutanese | Bhutan, Bhutanese, Thimphu
MVR | | Rf | rufiyaa/rufiyaas | laari:100 | Maldivian | Maldives, Maldivian
MMK | | | kyat/kyats | pya:100 | Burmese, Myanmar | Myanmar, Burma, Burmese, Yangon, Naypyidaw
THB | | ฿ Bt | baht | satang:100 | Thai | Thailand, Thai, Bangkok
LAK | | ₭ | kip/kips | att:100 | Lao, Laotian | Laos, Lao, Laotian, Vientiane
KHR | | ៛ | riel/riels | sen:100 | Cambodian | Cambodia, Cambodian, Phnom Penh
VND | | ₫ | dong | hao:10, xu:100 | Vietnamese | Vietnam, Vietnamese, Hanoi, Ho Chi Minh City
MYR | | RM | ringgit/ringgits | sen:100 | Malaysian | Malaysia, Malaysian, Kuala Lumpur
BRL | | R$ | real/reais/reals | centavo/centavos:100 | Brazilian | Brazil, Brazilian, Brasilia, Sao Paulo, São Paulo, Rio de Janeiro
PEN | 1991- | S/ S/. | sol/soles, nuevo sol/nuevos soles | céntimo/céntimos/centimo/centimos:100 | Peruvian | Peru, Peruvian, Lima
BOB | | Bs | boliviano/bolivianos | centavo/centavos:100 | Bolivian | Bolivia, Bolivian, La Paz
VES | 2018- | Bs.S Bs.D | bolivar/bolivars/bolívar/bolívares/bolivares | céntimo/céntimos:100 | Venezuelan | Venezuela, Venezuelan, Caracas
VEB | -2008 | Bs | bolivar/bolivars/bolívar/bolívares/bolivares | céntimo/céntimos:100 | Venezuelan | Venezuela, Venezuelan, Caracas
PYG | | ₲ | guarani/guaranis | céntimo/céntimos:100 | Paraguayan | Paraguay, Paraguayan, Asuncion
CRC | | ₡ | colon/colones/colón | céntimo/céntimos:100 | Costa Rican | Costa Rica, Costa Rican, San Jose
SVC | | ₡ | colon/colones/colón | centavo/centavos:100 | Salvadoran | El Salvador, Salvadoran
GTQ | | | quetzal/quetzales/quetzals | centavo/centavos:100 | Guatemalan | Guatemala, Guatemalan
HNL | | | lempira/lempiras | centavo/centavos:100 | Honduran | Honduras, Honduran, Tegucigalpa
NIO | | C$ | cordoba/cordobas/córdoba/córdobas | centavo/centavos:100 | Nicaraguan | Nicaragua, Nicaraguan, Managua
PAB | | B/. | balboa/balboas | centesimo/centesimos:100 | Panamanian | Panama, Panamanian
HTG | | | gourde/gourdes | centime/centimes:100 | Haitian | Haiti, Haitian, Port-au-Prince
AWG | | Afl | florin/florins | cent/cents:100 | Aruban | Aruba, Aruban
XCG | 2025- | Cg | guilder/guilders | cent/cents:100 | Caribbean, Curaçao | Curaçao, Curacao, Sint Maarten
ZAR | | R | rand | cent/cents:100 | South African, S. African, S.African | South Africa, South African, Pretoria, Johannesburg, Cape Town
NGN | | ₦ | naira | kobo:100 | Nigerian | Nigeria, Nigerian, Abuja, Lagos
GHS | 2007- | GH₵ ₵ GH¢ | cedi/cedis | pesewa/pesewas:100 | Ghanaian | Ghana, Ghanaian, Accra
KES | | KSh Ksh Kshs KShs KSh. Ksh. Kshs. Sh Shs | shilling/shillings | cent/cents:100 | Kenyan, Kenya | Kenya, Kenyan, Nairobi
UGX | | USh Ush UShs Shs Sh | shilling/shillings | | Ugandan, Uganda | Uganda, Ugandan, Kampala
TZS | | TSh Tsh Sh Shs | shilling/shillings | cent/cents:100 | Tanzanian, Tanzania | Tanzania, Tanzanian, Dodoma, Dar es Salaam
SOS | | Sh.So. | shilling/shillings | cent/cents:100 | Somali | Somalia, Somali, Mogadishu
ETB | | Br | birr/birrs | santim/santims:100 | Ethiopian | Ethiopia, Ethiopian, Addis Ababa
ERN | 1997- | Nfk | nakfa/nakfas | cent/cents:100 | Eritrean | Eritrea, Eritrean, Asmara
ZMW | 2013- | | kwacha/kwachas | ngwee:100 | Zambian | Zambia, Zambian, Lusaka
MWK | | MK | kwacha/kwachas | tambala:100 | Malawian | Malawi, Malawian, Lilongwe
AOA | | Kz | kwanza/kwanzas | centimo/centimos:100 | Angolan | Angola, Angolan, Luanda
MZN | 2006- | MT | metical/meticais/meticals | centavo/centavos:100 | Mozambican | Mozambique, Mozambican, Maputo
BWP | | | pula/pulas | thebe:100 | Botswanan, Botswana | Botswana, Gaborone
ZWG | 2024- | ZiG | ZiG, Zimbabwe Gold | | Zimbabwean | Zimbabwe, Zimbabwean, Harare
XDR | | SDR | SDR/SDRs, special drawing right/special drawing rights | | IMF | International Monetary Fund, IMF
XAU | | | troy ounce of gold/troy ounces of gold | | | gold
"""

#: The reading of a sign or unit word shared by several currencies when the
#: text names no country: (codes, certain), the first code still in use at the
#: article's date ("francs" are French before 2002, Swiss after). A certain
#: default is the newswire convention ("$" is the US dollar unless the text
#: says otherwise).
DEFAULTS = {
    "$": ("USD", True), "dollar": ("USD", True), "buck": ("USD", True), "cent": ("USD", True),
    "¥": ("JPY", False), "&yen;": ("JPY", False), "&#165;": ("JPY", False), "kr": ("SEK", False), "kr.": ("DKK", False),
    "Rs": ("INR", False), "Rs.": ("INR", False), "₨": ("INR", False), "rupee": ("INR", False),
    "£": ("GBP", True), "#": ("GBP", True), "pound": ("GBP", False), "penny": ("GBP", True), "p": ("GBP", True),
    "franc": ("FRF CHF", False), "centime": ("FRF CHF", False), "peso": ("MXN", False), "centavo": ("MXN", False),
    "mark": ("DEM BAM", False), "pfennig": ("DEM", True), "lira": ("ITL TRY", False), "guilder": ("NLG XCG", False),
    "florin": ("AWG", False), "riyal": ("SAR", False), "rial": ("IRR", False), "dinar": ("IQD", False),
    "dirham": ("AED", False), "shilling": ("KES", False), "Sh": ("KES", False), "Shs": ("UGX", False),
    "CFA": ("XOF", False), "FCFA": ("XOF", False), "cfa franc": ("XOF", False), "franc cfa": ("XOF", False),
    "krona": ("SEK", False), "krone": ("NOK", False),
    "won": ("KRW", True), "rouble": ("RUB", True), "ruble": ("RUB", True), "kopeck": ("RUB", True),
    "kopek": ("RUB", True), "yuan": ("CNY", True), "fen": ("CNY", True), "leu": ("RON", False),
    "colon": ("CRC", False), "som": ("KGS", False), "manat": ("AZN", False), "kwacha": ("ZMW", False),
    "koruna": ("CZK", False), "real": ("BRL", True), "paisa": ("INR", False), "sen": ("JPY", False),
    "fils": ("KWD", False), "piastre": ("EGP", False), "bolivar": ("VES", False), "C$": ("CAD", True),
    "B$": ("BSD", False), "R": ("ZAR", True), "Br": ("BYN", False), "Bs": ("BOB", False),
    "₩": ("KRW", True), "₡": ("CRC", False), "SR": ("SAR", True), "TL": ("TRY", True), "ID": ("IQD", True),
    "öre": ("SEK", False), "øre": ("NOK", False), "penni": ("FIM", True), "lepton": ("GRD", True),
    "tenge": ("KZT", True), "dram": ("AMD", True), "tiyn": ("KZT", True),
    "halala": ("SAR", True), "baisa": ("OMR", True), "kurus": ("TRY", True), "agora": ("ILS", True),
    "haler": ("CZK", False), "kobo": ("NGN", True), "satang": ("THB", True), "centesimo": ("ITL UYU", False),
    "céntimo": ("ESP PEN", False), "centimo": ("ESP PEN", False), "santim": ("ETB", False), "tambala": ("MWK", True),
    "ngwee": ("ZMW", True), "pul": ("AFN", True), "chon": ("KPW", True), "jeon": ("KRW", True),
}

#: Signs that are also ordinary words or letters: they count only where the
#: article names one of their countries ("R" needs South Africa).
NEEDS_CUE = ["R", "#", "L.", "Br", "Bs", "DH", "ID", "LL", "LS", "Ar", "Dr",
             "Esc", "CF", "FC", "FG", "RF", "MT", "MK", "Kz", "BD", "JD", "KD", "LD", "DT", "DA", "RO",
             "YR", "QR", "SR", "TL", "Lt", "Ls", "Sk", "fl", "mk", "kn", "din.", "lei", "Rf", "Tk", "Nu.",
             "BF", "LF", "FF", "DM", "RM", "Rp", "Dh", "Dhs", "CFA", "NIS", "Afl", "Cg", "Pts", "Ptas",
             "Sh", "Shs", "Bt", "Php"]

#: Unit words that are also ordinary English words: money only with a scale or
#: a cue ("175 pounds" is a weight; "won" a verb; "marks" grades).
NEEDS_CUE_UNITS = ["pound", "mark", "won", "real", "rand", "sol", "som", "sum", "lev", "lek", "lari",
                   "kip", "crown", "florin", "lats", "sen", "fen", "ban", "p", "leu", "para", "pula",
                   "colon", "punt", "kina", "tala", "dong", "ariary", "jiao", "hao", "xu", "att", "fils",
                   "deni", "lipa", "diram", "luma", "tetri", "thebe", "kuai"]


def _split(field: str, sep: str) -> list[str]:
    return [x.strip() for x in field.split(sep) if x.strip()]


def build() -> dict:
    """The table: one record per code, plus the defaults of shared signs and words."""
    import pycountry  # only to regenerate: not a dependency of the plugin (nor of test collection)

    table: dict[str, dict] = {}
    for c in pycountry.currencies:
        table[c.alpha_3] = {"name": c.name, "numeric": c.numeric, "withdrawn": None}
    for code, name in WITHDRAWN.items():
        table.setdefault(code, {"name": name, "numeric": None, "withdrawn": None})
    for line in CURATED.strip().splitlines():
        code, years, signs, units, minor, adjectives, cues = (f.strip() for f in line.split("|"))
        row = table[code]
        since, _, withdrawn = years.partition("-")
        row["since"] = int(since) if since else None
        row["withdrawn"] = int(withdrawn) if withdrawn else None
        row["signs"] = signs.split()
        row["units"] = [u.split("/") for u in _split(units, ",")]
        row["minor"] = [[*m.rsplit(":", 1)[0].split("/"), int(m.rsplit(":", 1)[1])] for m in _split(minor, ",")]
        row["adjectives"] = _split(adjectives, ",")
        row["cues"] = _split(cues, ",")
    for code, row in table.items():
        # Every code is known by its official name ("Armenian Dram(s)"), but for
        # the uncurated X codes (XTS "codes specifically reserved for testing").
        official = row["name"].split("(")[0].strip()
        named = {f.lower() for u in row.setdefault("units", []) for f in u}
        if official.lower() not in named and ("cues" in row or not code.startswith("X")):
            row["units"].append([official, official + ("" if official.endswith("s") else "s")])
        for key in ("signs", "minor", "adjectives", "cues"):
            row.setdefault(key, [])
        row.setdefault("since", None)
    return {
        "source": f"ISO 4217 via pycountry {getattr(pycountry, '__version__', '')}".strip()
        + ", withdrawn codes and curated names in scripts/make_currencies.py",
        "currencies": dict(sorted(table.items())),
        "defaults": {k: {"codes": c.split(), "certain": s} for k, (c, s) in DEFAULTS.items()},
        "needs_cue": sorted(set(NEEDS_CUE)),
        "needs_cue_units": sorted(set(NEEDS_CUE_UNITS)),
    }


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
