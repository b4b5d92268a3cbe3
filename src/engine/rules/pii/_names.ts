// A compact lexicon of common given names across languages, for the person-name rule. A person
// name is only reported when its first word is one of these (or after a title in a greeting), so
// capitalised pairs in code and prose ("Hello World", "Build Release") never qualify.
// NOTE: names that are also everyday English or programming words (Max, Will, Mark, May, June,
// April, August, Rose, Hope, Faith, Joy, Dawn, Chase, Ruby, Bill, Art, Pat, Sue, Job, Page, Lane,
// Hunter, Summer, Autumn, Paris, Victoria, Jack) are left out on purpose. The few of them that are
// common names and rarely capitalised words (Jack, Saga) are in the wider lexicon, which counts only
// after a name label, a greeting or in a name column. (Not Max, Mark or Victoria: `| Max Retries |`,
// `### Victoria Falls`.)
import { native } from '../../scan/nativeRegex';

const NAMES = `
Aaron Abby Abdul Abdullah Abigail Ada Adam Adele Adrian Adriana Agnes Ahmad Ahmed Aidan Aiden Aisha Akira Alan Albert
Alberto Aleksandr Aleksandra Alessandra Alessandro Alex Alexa Alexander Alexandra Alexandre Alexis Alfred Ali Alice Alicia
Alina Alisha Alison Allison Amanda Amelia Amelie Amélie Amina Amir Amit Amy Ana Anastasia Anders Andrea Andreas Andrei
Andrew Andrés Andrzej Angela Angelika Angelo Anika Anita Anja Ann Anna Anne Annette Annika Anthony Antoine Anton Antonia
Antonio Anya Arjun Arnav Arne Arthur Arturo Ashley Astrid Aurora Ava Axel Ayesha Barbara Bastian Beatrice Beatriz Ben
Benedikt Benjamin Bernd Bernhard Bernard Bethany Bettina Bianca Birgit Björn Blake Bogdan Boris Brandon Brenda Brian Bridget
Brigitte Brittany Bruno Caitlin Camila Camille Carina Carl Carla Carlos Carmen Carol Carolina Caroline Carsten Caterina
Catherine Cecilia Cédric Celine Céline Charles Charlotte Chen Chiara Chloe Chloé Chris Christian Christina Christine Christoph
Christopher Claire Clara Claudia Claudio Colin Connor Constance Cornelia Craig Cristina Cynthia Dagmar Daisuke Dalia Damian
Daniel Daniela Daniele Danielle Daria Dario David Debbie Deborah Deepak Denis Dennis Derek Diana Diane Diego Dieter Dimitri
Dmitri Dmitry Dominic Dominik Donna Doris Dorothea Dorothy Douglas Dylan Edith Eduardo Edward Elena Eleanor Elias Elif Elisa
Elisabeth Elise Eliza Elizabeth Ella Ellen Elliot Emil Emilia Emilie Emily Emma Emmanuel Enrico Enrique Eric Erica Erik
Erika Ernst Esther Ethan Eugene Eva Evelyn Fabian Fabio Fatima Federica Federico Felix Fernando Filip Finn Fiona Florian
Francesca Francesco Francis Francisco Franck François Frank Franziska Frederik Friederike Friedrich Gabriel Gabriela
Gabriele Gabrielle Gareth Gary Geoffrey George Georg Gerald Gerhard Gianluca Gina Giorgio Giovanni Gisela Giulia Giuseppe
Gloria Gonzalo Gordon Greta Gregor Gregory Gudrun Guillaume Günter Gustav Hamza Hana Hannah Hannes Hans Harald Haruto
Harry Hassan Heather Hedwig Heike Heinrich Heinz Helen Helena Helga Helmut Hendrik Henning Henrik Henry Hiroshi Holger
Hugo Hussein Ian Ibrahim Igor Ilse Imran Inês Inga Ines Ingo Ingrid Irene Iris Isaac Isabel Isabella Isabelle Ivan
Jacob Jacqueline Jakob Jakub James Jan Jana Jane Janet Janina Jannik Jasmin Jasmine Jason Javier Jean Jeanne Jennifer
Jens Jeremy Jessica Jiho Jin Joachim Joanna Joel Johan Johann Johanna Johannes John Jonas Jonathan Jordan Jörg Jose José
Josef Joseph Joshua Juan Judith Jules Julia Julian Juliane Julie Julien Julius Jürgen Justin Kai Karen Karin Karl Karolina Kasper
Katarina Katarzyna Kate Katharina Katherine Kathrin Kathryn Katja Katrin Kayla Keith Kenji Kenneth Kerstin Kevin Khalid
Kim Klaus Konrad Kristina Krzysztof Kurt Lara Lars Laura Lauren Laurent Lea Léa Leah Leila Lena Leon Leonardo Leonie Lian Liam
Lina Linda Lisa Liu Lorenzo Louis Louise Luca Lucas Lucia Lucía Luis Luisa Luise Lukas Łukasz Luke Lydia Madeleine Magdalena
Maja Malte Manfred Manuel Manuela Marc Marcel Marco Marcus Margaret Margarete Maria María Mariana Marie Marina Mario Marion
Marius Marjorie Markus Marlene Marta Martha Martin Martina Mary Mateo Mathias Mathilde Matteo Matthew Matthias Mattia Maurice
Maximilian Maya Megan Mehmet Meike Melanie Melissa Mia Michael Michaela Michał Michel Michelle Miguel Mika Mikael Mikhail
Milan Miriam Mohamed Mohammad Mohammed Monika Monica Moritz Muhammad Nadia Nadine Naomi Natalia Natalie Nathan Nathalie
Nicholas Nicola Nicolas Nicole Niklas Nikolai Nikolaus Nils Nina Noah Noémie Nora Norbert Norma Olaf Olga Oliver Olivia
Omar Oscar Oskar Otto Pablo Paola Pascal Patricia Patrick Paul Paula Pauline Pedro Peter Petra Philip Philipp Philippe
Pierre Piotr Priya Rachel Rafael Rahul Rainer Raj Rajesh Ralf Ralph Ramón Raphael Raquel Rebecca Regina Reinhard Renate
René Ricardo Richard Rita Robert Roberta Roberto Robin Rodrigo Roger Roland Rolf Roman Ronald Rosa Rüdiger Rudolf Ruth
Ryan Sabine Sabrina Sakura Salma Samantha Samir Samuel Sandra Sanjay Sara Sarah Sascha Satoshi Sean Sebastian Sebastián
Selin Sergei Sergio Shreya Sibylle Silke Silvia Simon Simone Siobhan Sofia Sofía Sophia Sophie Søren Stefan Stefanie
Stefano Steffen Stephan Stephanie Stephen Steven Susan Susanne Sven Svenja Sylvia Tamara Tanja Tatiana Teresa Thea Theo
Theresa Thomas Thorsten Tilman Tim Timo Timothy Tobias Tom Tomás Tomasz Torsten Ulrich Ulrike Ursula Uwe Valentina Valentin
Valérie Vanessa Vera Verena Veronica Veronika Victor Vincent Viktor Viktoria Vivian Vladimir Walter Werner Wilhelm William
Wojciech Wolfgang Xavier Xin Yan Yannick Yasmin Yuki Yusuf Yvonne Zara Zoe Zoë Zofia
Aarav Ananya Anjali Deepika Divya Kavya Lakshmi Meera Neha Pooja Ravi Rohan Sunita Vikram Vijay Suresh Ramesh Ganesh Anil
Wei Ming Hui Jing Yuto Haruka Yui Hina Ren Sota Minjun Seoyeon Jiwoo Hyun Jae Thanh Minh Linh Nguyen
Li Yu Bo Kwame Kofi Ama Abena Chinedu Chiamaka Ngozi Oluwaseun Tunde Amara Zanele Thabo Lerato Sipho
Mateus Thiago Gabriela Leticia Larissa Bruna Felipe Guilherme Rafaela Vitória Joaquín Valeria Ximena Santiago
Ayşe Fatma Emre Burak Mustafa Zeynep Elif Yusuf Deniz Hakan Oğuz Leyla Farah Layla Nour Youssef Karim Rania Tariq
Devon
`;

/**
 * Vietnamese family names as written with their marks, and Phan, Mai and Cao, which have none: some
 * forty names carry nine in ten Vietnamese. For the Vietnamese name rule and for the logins that
 * Vietnamese names spell.
 */
/**
 * A French export's surname column headers beyond `nom` (`Nom de naissance`, `Nom d'usage`, `Nom de
 * jeune fille`, `Nom marital`), as a pattern source for the name rules' header patterns (lower case).
 */
export const FR_SURNAME_HEADER_SOURCE = String.raw`nom[ _-](?:de[ _-])?naissance|nom[ _-]d?['’]?usage|nom[ _-]de[ _-]jeune[ _-]fille|nom[ _-]marital`;

export const VIETNAMESE_FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương',
  'Đinh', 'Lâm', 'Đoàn', 'Trịnh', 'Đào', 'Lương', 'Mai', 'Cao', 'Tạ', 'Châu', 'Tôn', 'Hà', 'Quách', 'Từ', 'Lưu', 'Vương', 'Kiều', 'Phùng',
  'Tăng', 'Thái', 'Triệu', 'Mạc', 'Chu', 'Diệp', 'Văn', 'Lục', 'Khổng', 'Nghiêm', 'Tô', 'Đàm', 'Lại', 'Phó', 'Tống', 'Âu', 'Ông', 'Doãn', 'Khúc', 'Quản', 'Nông',
];

/** The given-name lexicon. */

// A wider set: about 7,400 more given names from many cultures written in Latin script (South Asian,
// East Asian romanisations of three letters or more, African, Arabic and Persian, Slavic, Nordic,
// Iberian, Celtic, Maghrebi and Egyptian, Somali, recent American...). Written from general knowledge, with the same exclusions as above plus
// articles and words of other languages (Una, Uma, Del, Sol, Mar) and two-letter romanisations.
// (Not `Nur` and `Ion`, Turkish and Romanian given names that are German's "only" and chemistry's
// ion at a sentence's start.)
const MORE_NAMES = `Gretchen Adrienne Jolyon Cressida Crispin Felicity Sho Ryo Tomoya Taro Aoi Chinatsu Shun Toshiya Tsuyoshi Hiromi Sora Rin Kei Agnès Bérangère Séverine Gwenaëlle Noémie Mégane Océane Clémence Solène Célestine Ghislain Benoît Aurélien Grégoire Jérémie Thibault Amélie Mélanie Mélissa Cécile Valérie Nathalie Sylvie Véronique Angélique Bénédicte Frédérique Géraldine Hervé Jérémy Rémi Rémy Cédric Ludovic Aurélie Élodie Émilie Hélène Léonie Zoé Loïc Gaëtan Gaëlle Maëva Anaëlle Noël Joël Raphaëlle Chloé Maéva Mathéo Timothée Éloïse Héloïse Léane Lucie Margaux Perrine Ségolène Sidonie Victoire Capucine Laurène Jessica Françoise Josiane Ginette Odile Huguette Édith Irène Renée Thérèse
Andrii Serhii Larysa Svitlana Nataliia Oleksii Vitalii Yurii Anatolii Valentyna Mariia Viktoriia Solomiia Zoriana Olha Liliia Anastasiia Valerii Viacheslav
Arsenii Matvii Fedir Hryhorii Heorhii Nadiia Lesia Irmak Ceren Doğukan Çağrı Caner Aslı Ece Oğuzhan Tuğçe Didem Betül Fadime Havva Nuray Ümit Utku
Erhan Ersin Efe Berkan Engin Gürkan Sercan Taylan Ionuț Dragoș Alin Yaw Fafa Ewurabena Gifty Mercy Ebenezer Funke Ndunge Simiyu Nyawira Ye-eun
Thaddeus Thaddaeus Obadiah Jedediah Zebulon Ignatius Mordecai Zechariah Percival Cuthbert Phineas Lemuel Lucius Octavius Septimus Clementine Ottoline Honora
Jung-hoon Mi-kyung Itzik Roee Rotem Nawaf Mishal Bandar Nouf Shaikha Alanoud Suha Nisreen Yatziri Xochitl Citlali Areli Lucero Mayra Monserrat Cuauhtémoc
Yeison Duvan Stiven Yuliana Leidy Yurani Dayana Nidia
Pernille Arnfinn Bjørnar Birthe Gunnhild Indrek Priit Kätlin Margus Kersti Urmas Siiri Merike Peeter Valdis Māris Evija Gunta Raivis Aivars Ivars
Rob Bob Liz Jen Meg Jess Sue Ken Pat Cem Hazel Esme Sienna Maisie Gemma Séan Ger Éamonn Bronagh Jhonatan Jhonny Jhony Jhoel Jhordan Marleny Gianella Brayan Nataly Jackeline Deysi Yeny Yessenia Lizeth Mirtha Nelly Milton Alcides Anyela Fredy Nilton Yeferson Jhoselyn Nayeli 
Rhea Arvin Aileen Analyn Arnel Edgardo Erwin Glaiza Jayson Jenalyn Jhoanna Jinky Jocelyn Jolina Jomer Joselito Kristine Lyka Mariel
Marites Marlon Maricel Marvin Mylene Nestor Rachelle Reynaldo Rodel Rolando Ronaldo Rowell Shiela Sheryl Rizza Trisha Wilfredo Rommel Rogelio
Leizl Zaldy Rhodora Jessa Kristel Jonel Angeline Jovelyn Lorelie Arlyn Evangeline Florante Herminio Jennelyn Leonila Nenita Virgilio Marivic Jhun Ronnel Mariecris Rechelle
Hazwan Aiman Amirul Farhan Syafiq Nurul Aisyah Haziq Hafiz Izzati Danial Putri Dewi Ayu Bagus Budi Eko Fajar Hendra Indra Rizky Wahyu Yudi
Avi Idan Liron Ofir Inbar Dror Sivan Reut Gal
Agus Wulan Rina Yuni Siti Bambang Slamet Joko Sutrisno Rudi Hadi Dian Intan Fitri Kartika Lestari Ratna Sari Wahyuni Yanti Faisal
Willie Randy Travis Reuben Bronwyn Jarrah Bronte Glenn Nia Kirra Tahlia Meghan Rowan Skyler Grady Beau Gage Jett Josiah Kaden Reid
Bryson Caden Korbin Paxton Rhett Amos Atticus Beckett Bodhi Finley Hayden Kellan Waylon Jensen Leland Lennon Titus Brooke Reese
Dawson Carson Dalton
Iñigo Iñaki Aitziber Josu Amaia Oihane Xavier
Eline Jack Margarethe Saga
Ola Ole Torbjørn Øystein Sindre Frøydis Kjetil Truls Åshild Karoliina Eero Kalle Tuija Maarit Sari Rui
Dörte Märta Reto Tomek Merja Jonna Vesa Dagny Wenche Bartek Wojtek Jurek Zosia Wiesław Sieglinde Gesine Imke Hauke Jonte Märit Örjan Jarl
Torkel Arve Ståle Märtha Kaija Raili Seija Sirkka Terhi Jaana Pertti Reijo Yrjö
Devika Manjunath Raghavendra Shivakumar Chaitra Shruthi Nagaraj Katrien Tine Sien Dries Lander
Aroha Rangi Wiremu Sione Marlize Hessa Silvina Wilber Manjula Ilinca Fola Derrick Grace
Aada Aadhi Aadhya Aadi Aadit Aahan Aakash Aaliyah Aamir Aanya Aapo Aarna Aarohi Aart Aarti Aarush Aarya Aase Aayush
Abbie Abdallah Abdel Abdelaziz Abdelhak Abdelkader Abdelrahman Abderrahim Abdulaziz Abdulkadir Abdulkarim Abdulla
Abdulrahman Abeba Abebe Abebech Abeer Abel Abhay Abhijeet Abhijit Abhik Abhinav Abhishek Abida Abimbola Abinaya Abiodun
Abir Abla Ablavi Abolfazl Aboli Abrham Abubakar Abul Achan Achieng Achille Achilleas Achiya Achraf Adaeze Adalynn Adanna
Adaobi Adaora Addie Addison Addolorata Ade Adebayo Adebola Adekunle Adel Adela Adeline Adeniyi Adeola Adewale Adeyemi
Adhiambo Adi Adil Adina Aditi Aditya Adjoa Adnan Adoma Adongo Adriaan Adrianna Adriano Adrien Adrià Adrián Aduke Adunni
Advait Advik Adwoa Adzo Adèle Adéla Aedan Afaf Afi Afia Afonso Afroza Afshin Afua Agam Agata Agatha Agathe Agne Agnese
Agneta Agnieszka Agung Agus Agustin Agustina Agustín Agyeiwaa Ah-mei Ah-ming Ah-reum Aharon Ahlam Ahmet Ahsan Aicha Aida
Aikaterini Aila Ailbhe Aileen Ailsa Ailton Ailyn Aimee Aina Ainara Aine Ainhoa Aino Airi Aishwarya Aisling Aisyah Aitana
Aitor Aiza Ajaib Ajay Ajeng Ajinkya Ajit Ajoke Akane Akanksha Akari Akash Ake Akello Akhil Akihiro Akiko Akinwale Akinyi
Akio Akiva Akos Akoss Akosua Akoth Akpan Akpene Akram Aksel Akshay Akua Akwasi Akwesi Alaa Alaba Alain Alana Alasdair
Alastair Alaw Alba Albane Alberte Albie Aldo Alec Aled Aleena Alejandra Alejandro Aleksandar Aleksander Aleksei Aleksi
Alemayehu Alena Alessia Alessio Alexandros Alexandru Alexei Alexey Aleš Alfie Alfonso Alfredo Algirdas Alicja Aline
Alireza Alisa Alishba Alisson Alistair Alix Aliyu Aljon Alla Allan Allen Allie Alma Almaz Alois Alok Alon Alonso Alper
Alphonse Alun Alva Alvar Alvaro Alvin Alya Alyona Alyssa Amahle Amaka Amal Aman Amandeep Amandine Amani Amanuel Amar
Amarachi Amare Amarjit Amaury Ambar Ambroise Ambrose Amedeo Ameera Amin Aminah Aminu Amira Amirali Amirhossein Amirul
Amitabh Amitava Amma Ammar Amna Amol Amparo Amr Amra Amrit Amruta Anabel Anahita Anahí Anais Analyn Anam Anand Anas
Anastasios Anatole Anatoliy Anatoly Anaïs Anbu Anca Ander Anderson Andi Andile Andras Andre Andreea Andreia Andres
Andrey Andris Andrius Andriy András André Andréia Andy Ane Anele Aneta Anete Anezka Anežka Angelica Angeliki Angelina
Angelos Anggun Angharad Angus Angélica Anh Ani Ania Aniekan Aniket Aniko Anikó Anindita Anindya Anirban Aniruddh Anirudh
Anis Anisa Anisur Anitha Aniyah Anjani Anke Ankit Ankita Ankur Anmol Annabel Annabelle Annalisa Annegret Anneke Anneli
Annelie Annelies Anneliese Annemarie Annick Annie Annisa Annunziata Anouk Anri Anselme Anselmo Anshul Antara Antigoni
Antje Antoinette Antonella Antoni Antonietta Antonin Antonina Antonino Antonios Antonín Antti António Anu Anuj Anum Anup
Anupam Anurag Anusha Anushka Anwar Anyango Anzhela Aodh Aodhán Aoibh Aoibheann Aoibhinn Aoife Aparna Apiyo Apolline
Apostolos Apu Apurva Aqib Araba Arabella Araceli Arantxa Aras Arash Aravind Archana Archibald Archie Arda Ardal Ardeshir
Areeba Areum Ari Ariadna Ariadni Ariana Arianna Arie Arief Ariel Ariella Arif Arijit Arina Aris Arisa Aristotelis Arjan
Arjen Arjunan Arkady Arlene Arlo Arman Armand Armando Armelle Armin Arnab Arnau Arnaud Arnel Arno Arnold Arooj Arpad
Arpan Arpita Arsalan Arseniy Arseny Arshdeep Arslan Artem Arti Arto Artur Arturs Artyom Arul Arun Arvid Arvind Arwa Arya
Aryan Aryeh Aránzazu Asabe Asad Asaf Asahi Asami Asanda Asbjørn Asger Asha Asher Ashish Ashkan Ashlee Ashlyn Ashok
Ashraful Ashton Ashura Ashwath Ashwin Ashwini Asier Asif Aslak Asma Asmaa Asnakech Assunta Asta Asuka Asya Atakan Atanas
Atefeh Athanasios Atharv Atharva Athi Athina Atieno Atif Ato Atsushi Attila Attilio Atul Aubree Aubrey Aude Audra Audrey
Audun Auguste Augustin Aulia Auma Aurel Aurelia Aurelian Aurelie Aurelien Aurélie Aurélien Ausra Auwal Aušra Avantika
Avery Avigail Avik Avinash Aviva Avner Avni Avraham Awen Awino Awuor Axelle Aya Ayaan Ayaansh Ayah Ayaka Ayako Ayana
Ayanda Ayane Ayanna Ayano Ayaz Ayden Ayele Ayelet Ayla Aylin Ayman Aymen Aymeric Ayo Ayodeji Ayodele Ayomide Ayoola
Ayoub Ayse Aysha Ayu Ayumi Ayush Azadeh Azar Azhar Aziz Aziza Azlan Azman Azra Azucena Azuka Azzedine Babak Babar
Babatunde Babirye Babis Badr Baekhyun Bagus Bahar Bahram Baiba Bailey Bakari Bakr Bala Balaji Balarabe Balasubramanian
Balazs Balbir Baldev Balint Baljit Balqis Baltazar Balwinder Balázs Bambang Bamidele Banafsheh Bao Baptiste Baraka Baran
Barasa Barbel Barbora Baris Barnabas Barnabás Barnali Barry Bart Bartholomew Barthélemy Bartlomiej Bartosz Bartłomiej
Baruch Barış Bas Basel Bashar Bashir Basia Basma Bassam Bastiaan Bastien Batsheva Batuhan Batya Bayo Bayu Başak Beata
Beate Becky Begoña Behnam Behrouz Behzad Bekele Bela Belen Bello Belén Bence Benedek Benedetta Benedetto Benedict
Benedita Bengt Benicio Benigno Benjamín Bennett Benno Benny Benoit Benoît Bento Benício Bep Beppe Beren Berenice Berhanu
Berit Berk Berkay Bernadette Bernardo Bernat Bernice Bertha Berthold Bertie Bertil Bertrand Beth Bethan Beto Bettie
Betty Beulah Beverly Bezawit Beáta Bharat Bhaskar Bhavana Bhavani Bhavesh Bhavika Bhavna Bheki Bhumi Bhushan Bhuvana
Biagio Bich Biel Bienvenido Bijal Bijan Bikash Bilal Biljana Bilkisu Billy Bindu Binh Biniam Binta Binyamin Biodun
Bipasha Biplab Birgitta Birgitte Birk Birtukan Bishoy Bisi Biswajit Bjork Bjorn Björk Bjørn Blair Blaise Blanca Blanche
Blanka Blathnaid Bláthnaid Boatemaa Boaz Bobby Bodil Bogi Boglárka Bogumiła Bogusław Bohdan Bohdana Bohumil Bohumila
Bohuslav Boitumelo Bojan Bolaji Bongani Bongiwe Bonolo Bora Boram Borislav Boryana Borys Botond Bowen Boyan Boyang
Bozena Bożena Božena Bracha Bradford Bradley Brady Brahim Bram Brandi Branislav Branka Branko Branwen Brayden Breandán
Brecht Bregje Brendan Brent Brett Briana Brianna Brid Bridgette Brielle Brigid Britt Britta Brittney Brody Bronisław
Bronwen Bruce Bryan Bryce Bryn Bríd Budi Buhle Bukola Bulent Bunga Burcu Burkhard Bushra Busisiwe Busola Busra Bwalya
Byron Byung-chul Byungchul Bálint Bárbara Bärbel Béla Bérénice Bình Bích Börje Bülent Büşra Cadoc Caglar Cahal Cahya
Caio Caitlyn Caitriona Caitríona Caleb Callie Callum Calogero Calum Calvin Camelia Cameron Camilla Camilo Campbell Canan
Candace Cansu Caoimhe Caoimhín Capucine Cara Carike Carlo Carlota Carlotta Carlton Carly Carmela Carmine Carolyn Carrie
Carter Carwyn Carys Casey Casimir Cassidy Catalin Catalina Catarina Cathal Cathaoir Cathy Cato Catrin Catriona Caua Cauã
Cecil Cecile Cecilie Cecília Cedric Ceinwen Celia Cengiz Ceri Cerys Cesar Cesare Chae-won Chae-young Chaewon Chaeyeon
Chaeyoung Chafik Chaim Chaima Chaimae Chaitanya Chana Chanda Chandan Chandrasekhar Chandrima Chandu Chantal Chantelle
Chanyeol Chao Charalampos Charlene Charlie Charmaine Charo Charu Chau Chaya Chebet Chelimo Chelo Chema Cheng Chenxi
Chepkoech Chepngetich Cherilyn Cherono Cheruiyot Cheryl Chester Chetan Chi-wai Chia-hao Chiaki Chibuike Chibuzo Chidera
Chidi Chidinma Chie Chiedozie Chiedza Chien-ming Chigozie Chih-wei Chihiro Chijioke Chika Chikondi Chileshe Chimamanda
Chimdi Chinaza Chinedum Chinemerem Chinmay Chinonso Chinwe Chinyere Chioma Chipo Chirag Chiso Chisom Chisomo Chitra
Chiyo Chizoba Christa Christie Christo Christophe Christos Christy Chrysa Chrysoula Chukwudi Chukwuemeka Chukwuma
Chul-soo Chulsoo Chun Chun-kit Chunhua Chunyan Chus Châu Cian Ciara Ciaran Ciarán Cihan Cillian Ciprian Ciro Citra
Clarence Clarice Clarissa Clarisse Claude Claudiu Claus Clayton Cledwyn Clemence Clemens Clifford Clifton Clint Clinton
Cliodhna Clodagh Clotilde Clyde Cláudia Cláudio Clémence Clément Clíodhna Cody Coinneach Colby Cole Colette Colleen
Collin Colm Colman Colmán Colton Conall Conceicao Conceição Concepcion Concepción Concetta Conchi Connie Conor Conrad
Constantin Consuelo Cooper Cora Coralie Corazon Corentin Corey Corina Corinne Cormac Cornelis Cornelius Corrado Corrie
Cory Cosimo Cosmin Costanza Costel Costin Courtney Crisanto Cristian Cristiane Cristiano Cristobal Cristóbal Csaba
Csilla Cuihua Cuiping Cuong Curtis Cyril Cyrille Cyrus Czarina Czesław Cáit Cécile Célestin César Côme Cúc Cătălin
Cătălina Da-hyun Da-young Daan Dace Dafna Dafni Dafydd Dagmawi Dahyun Daiki Dainius Daithi Daithí Daksh Dalal Dalibor
Dalitso Daljit Dami Damia Damiano Damien Damilola Damini Damir Damla Damon Dan Dana Danae Dandan Dani Danie Daniil
Danila Danilo Danique Daniyal Danjuma Danny Dante Danuta Danylo Daphne Dapo Dara Darius Dariush Dariusz Darko Darla
Darlene Darnell Darragh Darren Darryl Darsh Darshan Darya Daryl Darío Dasha Dauda Daudi Dave Davey Davi Davide Davood
Davor Dawid Dawit Dawood Dawud Dayo Dayoung Deanna Dearbhla Debabrata Debashis Debasish Debjani Debora Debra Declan Dede
Dedi Deepa Deepthi Defne Deiniol Deirdre Deja Dejan Deji Delali Delia Delilah Della Delores Delphine Delyth Demetrius
Demid Denes Denisa Denise Denitsa Denys Deon Derartu Dermot Derya Deshawn Desislava Desmond Despina Desta Detlef Detlev
Devansh Devendra Devi Devorah Dewanti Dewi Dezső Dhananjay Dhanush Dhara Dharani Dharmendra Dhaval Dhruv Dian Dianne
Diarmaid Diarmuid Dibyendu Didier Diederik Diem Diep Dieuwke Dilara Dilek Dilip Dimas Dimitar Dimitra Dimitrios Dimitris
Dina Dinda Dindo Dineke Dineo Dinesh Dinh Dinis Dino Diogo Dipankar Dipika Dirk Divina Divyansh Diya Djamel Djordje
Dmitriy Dmytro Do-hyun Do-yun Doaa Dodi Dohyun Doina Dolores Domenico Dominika Dominique Domitille Donagh Donal Donald
Donatella Dong-hyun Dongha Donghyun Dongmei Dongwook Donnacha Donncha Donovan Donya Dor Dora Doreen Dorian Dorin Dorina
Dorota Dorthe Doruk Dotun Douaa Dougal Dounia Dov Doyun Dragan Dragana Dragos Drashti Driss Duaa Duarte Duc Dudi Dudley
Dufie Dulce Dumisani Dumitru Duncan Dunja Duong Durga Dusan Dustin Duy Duyen Duygu Duyên Dušan Dvir Dvora Dwayne Dwi
Dwight Dwynwen Dzifa Dáithí Dániel Dávid Débora Dénes Désiré Dónal Dóra Dũng Eabha Eamon Eamonn Easton Ebba Ebele Ebere
Eberhard Ebo Ebrahim Ebru Ebuka Ebun Ebunoluwa Ecaterina Eckhard Ecrin Eddie Edem Edgar Edgardo Edgars Edi Edidiong Edin
Edmond Edmund Edna Edoardo Edson Eduard Edurne Edvin Edwin Edwina Edyta Eetu Eeva Effie Effiong Efia Efosa Efrat Efraín
Efren Efthymia Eftychia Efua Egbert Eghosa Egle Eglė Egon Egor Ehab Ehi Ehis Ehsan Ehud Eija Eiji Eileen Eilidh Eimear
Einar Einat Eino Eirik Eirini Eirlys Eitan Eithne Eito Eivind Ejike Ejiro Eka Ekaette Ekam Ekaterina Ekene Eko Ekow Ekta
Ekua Elad Elaine Elango Elazar Eleftherios Eleni Eleonora Eleonore Eleri Elfi Elfriede Elham Eli Elia Elian Eliana
Eliane Eliezer Elijah Elikem Elin Elina Elinor Elio Elior Elis Elisabeta Elisabetta Elisei Elisha Elisheva Eliska
Eliyahu Elizaveta Eliška Elke Elli Ellie Elliott Elmarie Elmer Elnaz Elodie Eloise Elok Elpida Els Elsa Elsabe Elsie
Elske Elspeth Elton Eluned Elvira Elwyn Elzbieta Elçin Elías Elżbieta Ema Emad Eman Emanuel Emanuela Emanuele Emanuelly
Emeka Emelie Emer Emerson Emese Emi Emile Emiliano Emilio Emina Emine Emmanouil Emmeline Emmett Emmi Emon Emrys Emyr
Encarnación Enda Endang Endre Enea Eneko Enes Enid Eniko Enikő Eniola Eno Enora Enyonam Enzo Eoghan Eoin Ercan Erdem
Erdoğan Eren Erez Erfan Eri Erich Erick Erin Erkan Erlinda Ermias Ernest Ernesto Ernő Erol Errol Ertuğrul Ervin Erwan
Erwin Eryk Erzsebet Erzsébet Esa Esben Ese Esfandiar Esi Esinam Esma Esmee Esmée Espen Esperanza Esra Essam Esteban
Estefania Estefanía Estela Estelle Ester Estrella Eszter Etenesh Ethel Etienne Etsuko Etta Ettore Euan Eugen Eugenia
Eugenie Eugenio Eugène Eugénie Eun-bi Eun-hee Eun-ji Eun-jung Eun-seo Eun-woo Eunbi Eunhee Eunice Eunji Eunjung Eunseo
Eunwoo Evan Evangelia Evangeline Evangelos Evelina Everett Everly Evert Everton Evgeni Evgenia Evgeny Evi Evie Ewa Ewald
Ewan Ewelina Eyal Eyerusalem Eylul Eylül Eyob Eyram Ezekiel Ezequiel Ezgi Ezra Fabiana Fabien Fabienne Fabián Fabrice
Fabricio Fabrizio Fabrício Facundo Fadi Fadila Fadli Fadwa Fady Fadzai Fahad Fahd Fahmida Fairuz Faisal Faizal Faizan
Fajar Falguni Fangfang Fanni Faolán Farai Faraji Faraz Fares Farhad Farhan Farhana Fariba Farid Farida Faris Farnaz
Farshid Faruk Farzad Farzana Farzin Fasil Fateh Fatemeh Fatih Fatimah Fausto Fawad Fawaz Fay Faye Fearchar Feargal
Fearghal Fedor Femi Femke Femmie Feng Fengying Fenja Fenna Ferdinand Ferdinando Ferenc Fereshteh Fereydoun Fergal Fergus
Ferhat Feride Fernand Fernanda Feven Feyisara Ffion Fiachra Fiadh Fiamma Fien Fiifi Fikret Fikru Filipa Filipe Filippo
Filiz Filmon Filomena Fingal Finja Finlay Fintan Fionn Fionnuala Fionnula Fiore Fiorella Firmin Firouzeh Fisayo Fitri
Fitria Fitsum Flavia Flavie Flavio Flavius Flemming Fleur Florencia Florencio Florent Florentina Florin Florina Floris
Floyd Flávio Flóra Folake Foluke Fons Foram Forough Fotini Fotis Fouad Fozia Fran Franca Frances Francisca Franciszek
Franco Francois Francoise Frankie Franklin Frans Franz Françoise Fraser Frauke Fred Freda Freddie Freddy Frederic
Frederick Fredrik Freja Freya Frida Frieda Friso Frits Fritz Froya Frédéric Frøya Fuad Fuka Fumiko Fumio Funmi Funmilayo
Furaha Furkan Fyodor Fábio Fátima Félix Ga-eun Gabin Gabor Gabriella Gadi Gaelle Gaetano Gaeun Gaia Gail Gajanan Gakii
Galih Galina Galit Galya Gamze Ganesan Garance Garazi Garba Gargi Garret Garrett Gasana Gaspar Gaston Gaurang Gaurav
Gauri Gautam Gaute Gauthier Gautier Gavin Gayathri Gayatri Gaël Gaëlle Gbenga Gebre Gebremedhin Gede Geert Geertje Geeta
Geetha Geir Gelu Genevieve Geneviève Genki Gennadiy Gennady Gennaro Genowefa Geonwoo Georgi Georgiana Georgina Georgios
Georgy Geraint Geraldine Gerard Gerardo Gerd Gerda Gergana Gergely Germán Gernot Gerrit Gershon Gert Gertrud Gertrude
Getachew Gethin Geza Ghada Ghassan Ghazal Ghazala Ghazi Gheorghe Ghislaine Ghizlane Ghulam Giacomo Giada Giampaolo
Giampiero Giancarlo Gianfranco Giang Gianmarco Gianna Gianni Giannis Gianpaolo Giao Gideon Giedre Gijs Gijsbert Gilad
Gilang Gilbert Gilberto Gili Gilles Gillian Gilmar Ginette Ginevra Ginny Gino Gintaras Gioele Gioia Giorgia Giorgos
Giovanna Girgis Girish Girma Gisele Gisèle Gita Gitau Githinji Gitte Giuliana Giuliano Giulio Giuseppina Gizella Gizem
Gladys Gleb Glenda Glenys Glyn Glória Gokhan Gokul Golnar Golnaz Golshifteh Gonca Goncalo Gonçalo Gopal Gopi Goran
Gordana Gorka Goro Goronwy Gosia Gottfried Goutam Govind Graciela Graeme Graham Grainne Grayson Grazia Graziela
Graziella Grazyna Graça Grażyna Greer Greetje Greg Gregg Gregoire Gregorio Greyson Griet Grigoris Grigory Gro Gruffudd
Gruffydd Grzegorz Gráinne Grégoire Grégory Gréta Guadalupe Guang Gudmundur Guido Guilan Guillem Guillermo Guiying
Guizhen Gulsen Gun-woo Gunawan Gunilla Gunnar Gunter Gunther Guohua Guoming Guoqiang Gurbachan Gurdeep Guri Gurinder
Gurjit Gurleen Gurmeet Gurnoor Gurpreet Gustave Gustavo Gustaw Guðmundur Guðrún Gwen Gwenaël Gwenda Gwendolyn Gwenllian
Gwilym Gwion Gwyn Gwyneth Gyorgy Gyula György Gábor Gérald Gérard Géza Gökhan Gökçe Göran Görkem Gül Gülşen Günther
Ha-eun Ha-jun Ha-neul Ha-yoon Ha-yun Haakon Habib Habiba Habibur Hadas Hadassah Hadi Hadiza Hadley Haeun Hafiz Hafsa
Hafsat Hagar Haibo Haider Haile Hailey Hailong Hailu Haitao Haitham Haiyan Hajar Hajime Hajnalka Hajun Hakim Hakimi Hala
Haleh Haley Halil Halima Halina Hallel Hallvard Halszka Haluk Halvor Halyna Hamad Hamdi Hamed Hamid Hamidreza Hamish
Hamisi Hamisu Hammad Hanaa Hanako Hanan Handayani Hande Haneul Hanh Hani Hanieh Hanife Hanlie Hanna Hanne Hanneke
Hannelore Hannu Haohao Haoran Haoxuan Haoyu Harbhajan Hardik Harel Hari Hariharan Harika Harinder Harini Haris Harish
Haritha Harjeet Harjit Harleen Harley Harman Harold Haroun Harper Harpreet Harriet Harris Harrison Harsh Harsha Harshad
Harshil Hartmut Hartono Haruki Haruma Harumi Harun Haruna Haruo Harvey Hasan Haseeb Hasibul Hassana Hasti Hatem Hatice
Hattie Hau Hauwa Hayat Hayato Hayley Hayoon Haytham Hayun Hazem Haziq Heba Hedda Hee-jin Heejin Hege Heidemarie Heidi
Heikki Heiko Heiner Heitor Helder Heledd Heleen Helene Helge Helia Helina Helio Helle Helmi Helmuth Heloisa Heloise
Heloísa Hema Hemant Hemanth Hemlata Hendra Hengameh Henk Hennie Henok Henri Henrietta Henriette Henrique Henryk Herbert
Herman Hermann Hernan Hernán Hertha Heru Herve Hervé Hesam Hester Hetal Hiba Hicham Hidayah Hidayat Hidde Hideki Hideko
Hideo Hien Hieu Hikaru Hila Hilal Hilary Hilde Hildegard Hillary Hillel Hima Himanshu Himari Hinata Hippolyte Hira Hiral
Hiro Hiroki Hiroko Hiroto Hirut Hisashi Hisham Hitesh Hitomi Hiwot Hiyori Hiên Hjalmar Hlengiwe Hoa Hoang Hocine Hodaya
Hoi-yan Homa Honeylyn Hong Hong-wei Hongmei Hongwei Hongyan Hongyu Honoka Honorata Honoré Hooman Horace Horacio Horia
Horst Hortense Hoseok Hosni Hossein Houda Houshang Howard Hoà Hoàng Hrishikesh Hristo Hrithik Hrvoje Hryhoriy Hsiao-mei
Huan Hubert Hubertus Huda Hudson Hugh Huguette Hui-min Huihui Huiling Huimin Hulya Huma Humaira Humberto Humphrey Huong
Husain Husam Huseyin Hushang Hussain Husseina Huu Huub Huw Huy Huzaifa Hye-jin Hye-ri Hye-won Hyejin Hyeri Hyewon
Hyun-ji Hyun-jin Hyun-joo Hyun-soo Hyun-woo Hyunji Hyunjin Hyunjoo Hyunseo Hyunsoo Hyunwoo Hywel Håkan Håkon Héctor
Hélder Hélio Héloïse Hélène Hòa Hùng Hülya Hüseyin Iago Iain Iara Iason Ibolya Ibtisam Ibukun Ichika Ichiro Ida Ido
Idoia Idowu Idris Idun Iestyn Ieuan Ieva Ifan Ifeanyi Ifeoluwa Ifeoma Ifunanya Ignacio Ignacy Ignat Ignaz Ignazio Ihor
Iida Ijaz Ijeoma Ikechukwu Ikenna Iker Ikmal Ikram Ikuo Ila Ilakkiya Ilan Ilana Ilango Ilaria Ildiko Ildikó Ileana Ilham
Ilhan Ilias Ilie Ilker Ilkka Illia Ilona Ilyas Ilze Imad Iman Imane Imani Imaobong Imelda Immacolata Imogen Imre Imtiaz
Inas Inbal Indah Inderjit Indhu Indira Indra Indranil Indri Ine Ineke Inese Inge Ingeborg Ingegerd Ingela Ingemar Ingunn
Ingvild Ini Inigo Inkeri Inmaculada Inna Innes Insyirah Intan Intissar Inès Inés Ioan Ioana Ioanna Ioannis Iolo Iona
Ionut Ipek Iqbal Iqra Iraj Irati Irdina Irem Irena Ireti Irfan Irina Irini Irit Irmgard Irwan Iryna Irène Irén Isabela
Isabell Isak Isamu Isaure Isha Ishaan Ishan Ishani Ishbel Ishimwe Ishita Isla Islwyn Ismael Ismail Ismaila Isobel Israa
Issa Istvan István Itai Italo Itamar Itay Itohan Itsuki Itzel Itziar Iulia Iulian Iuliana Ivana Ivanka Ivanna Ivar
Ivaylo Iver Iveta Ivica Ivie Ivo Ivone Iván Iwan Iwona Iyabo Iyad Iyobosa Izabela Izaskun Izuchukwu Izzat Izzati Jaan
Jaap Jabari Jaber Jabir Jabulani Jace Jacek Jacinto Jackie Jacky Jaco Jacobo Jacobus Jacopo Jacquelyn Jacques Jada
Jadwiga Jae-hyun Jae-min Jae-sung Jae-won Jaehyun Jaemin Jaesung Jaewon Jafar Jagan Jagdish Jagjit Jagmeet Jagoda
Jahangir Jahid Jaime Jair Jairo Jake Jalen Jamal Jamar Jameel Jamie Jamil Jamila Janani Janelle Janhavi Janice Janine
Janis Jannat Jannatul Janne Janneke Jannie Janos Jantine Janusz Jaqueline Jared Jari Jarmila Jaroslav Jaroslava Jaroslaw
Jarosław Jarrod Jasbir Jaskaran Jasleen Jasmeet Jasmijn Jasna Jaspal Jaspreet Jasvinder Jaswant Jaswinder Jatin Jaume
Javad Javed Javeria Javi Jawad Jaxon Jaxson Jaya Jayakumar Jayant Jayanta Jayanthi Jayashree Jayden Jayesh Jaylen Jaypee
Jayson Jazmin Jazmín Jean-Baptiste Jean-Claude Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Michel
Jean-Paul Jean-Philippe Jean-Pierre Jeanette Jeanie Jeannie Jeannine Jedrzej Jeeva Jef Jeff Jefferson Jeffery Jeffrey
Jelani Jelena Jelle Jelmer Jemima Jenelyn Jenifer Jenna Jenni Jenny Jennylyn Jenő Jeong-yeon Jeongyeon Jepchirchir
Jepkosgei Jeptoo Jeremiah Jeremie Jericho Jermaine Jeroen Jerome Jerotich Jerry Jerzy Jerónimo Jesmin Jesper Jessamine
Jesse Jessie Jesus Jesusa Jesús Jette Jhon Jhonny Jhun Ji-ae Ji-eun Ji-ho Ji-hoo Ji-hoon Ji-hye Ji-hyo Ji-min Ji-soo
Ji-sung Ji-won Ji-woo Ji-yeon Ji-yoon Ji-young Ji-yu Jia-hui Jia-ying Jiae Jiahao Jiahui Jian Jiang Jianguo Jianhua
Jianjun Jianming Jianping Jianwei Jiaqi Jiawei Jiaxin Jiayi Jibril Jieun Jigna Jignesh Jihoo Jihoon Jihye Jihyo Jikke
Jill Jillian Jim Jimena Jimin Jimmy Jin-ho Jin-woo Jin-young Jinal Jindrich Jindřich Jingjing Jingwen Jingyi Jinhao
Jinho Jinky Jinping Jinwoo Jinyoung Jiri Jiro Jisoo Jisung Jitendra Jitka Jiwon Jiyeon Jiyoon Jiyoung Jiyu Jiří Joan
Joana Joann Joanne Joao Joaquim Joaquin Jocelyn Jocelyne Jochem Jochen Jodie Jody Joe Joep Joerg Johnny Jojo Joko Jola
Jolanda Jolandi Jolanta Jolene Jolien Jolán Jomar Jomari Jon Jonah Jonalyn Jonathon Jongin Joni Joon-ho Joonho Joop
Joost Jopie Jordi Jorge Jorgen Joris Jorrit Jort Josefa Josefina Josefine Josep Josephine Josh Josiane Josie Josip
Josselin Jost Jostein Josue Josué Joséphine Joud Jouni Jovan Jovana Jovelyn Jovito Joyce Joydeep Jozef Jozsef João Joël
Ju-won Juan-Pierre Juana Juanita Juanito Juanjo Jude Judit Judy Juha Juhi Jukka Jule Juliana Julianna Julianne Juliano
Juliet Juliette Julio Julián Juma Jumana Jummai Jumoke Jun-ho Jun-jun Jun-seo Jun-wei Jun-woo Junaid Jung-kook Jung-min
Jungkook Jungmin Junhao Junho Junichi Junjie Junjun Junko Junseo Junwei Junwoo Junyi Juraj Jurgen Jurgita Juris Jurre
Jussara Jussi Justine Justus Justyna Jutta Juwon Jyothi Jyoti Jyrki Ján János Jázmin Jérémie Jérémy Jérôme Jéssica Jón
Józef József Jörgen Jørgen Júlia Júlio Jānis Jędrzej Ka-ming Ka-yan Kaan Kabelo Kabir Kabiru Kacper Kadek Kadir Kadri
Kaede Kafui Kagiso Kai-Uwe Kaiden Kailash Kaisa Kaitlin Kaitlyn Kaito Kaiwen Kaja Kajetan Kalaivani Kaleb Kalekye Kalina
Kalkidan Kalliopi Kaloyan Kalpana Kalpesh Kalyan Kalyani Kamal Kamala Kamaljit Kamalpreet Kamaria Kamau Kamel Kamil
Kamila Kamogelo Kamran Kamrul Kamsi Kamsiyochukwu Kamuzu Kamyar Kana Kanako Kanata Kanchan Kanimozhi Kanini Kannan Kanon
Kaori Kaoru Kapil Kara Karabo Karam Karan Karanja Karanveer Kare Kareem Karel Karem Kari Karima Karina Kariuki
Karl-Heinz Karla Karlien Karlijn Karol Karoline Karoly Karolína Karthik Karthikeyan Kartik Kartika Kartikeya Kasey
Kashif Kasia Kaspar Kassandra Kassem Katalin Katarína Katelyn Katerina Kateryna Kateřina Katharine Kathir Kathleen
Kathrine Kathy Kati Katia Katie Katlego Kato Katrina Katrín Katsuya Katya Kaua Kausar Kaushik Kauã Kaveh Kavin Kavita
Kavitha Kaviya Kawthar Kay Kaya Kayden Kaylee Kayleigh Kayode Kazem Kazimierz Kazuhiro Kazuki Kazuko Kazuo Kazuya
Keabetswe Keaton Kebede Keerthana Keerthi Kees Kehinde Keiko Keir Keira Keisha Keisuke Kekeli Kelechi Kelly Kelsey Kemal
Kemi Kenan Kendall Kendi Kendrick Kenechukwu Kenenisa Kenichi Kenna Kennedy Kenny Kent Kenta Kenza Kenzo Kerem Keren
Kerri Kerry Keshawn Ketaki Ketan Ketut Kexin Keyvan Keza Kgomotso Khadija Khadijah Khai Khairul Khaled Khalil Khang
Khanh Khanyi Khanyisile Khawar Khawla Khloe Khoa Khoi Khrystyna Khurram Khushbu Khushi Khánh Khôi Kiaan Kian Kiara
Kiarash Kibet Kibrom Kidist Kien Kieran Kieron Kieu Kilian Killian Kimani Kimberley Kimberly Kimia Kimmo Kinga Kinjal
Kinsley Kinyua Kinza Kioko Kipchoge Kipkemboi Kipkorir Kiplagat Kiprono Kiprotich Kipruto Kiptanui Kiptoo Kira Kiran
Kirandeep Kiranjit Kirill Kirk Kirsi Kirsten Kirstie Kirsty Kishore Kitti Kiyoko Kiyoshi Kizza Kiên Kjell Kjersti
Klaartje Klaas Klara Klaudia Klára Knut Kobe Kobi Kobina Kobus Kodjo Koen Koharu Kohei Koji Kojo Koki Kokoro Kokou Koku
Kolawole Koldo Komal Komang Komla Kondwani Konstantin Konstantina Konstantinos Koos Kopano Koray Korir Korkor Kornél
Kosisochukwu Kostas Kosuke Kota Koteswara Kotone Kourosh Kow Krasimir Kresimir Krešimir Krish Krisha Krishna Krista
Kristaps Kristen Kristin Kristine Kristján Kristof Kristoffer Kristy Kristyna Kristín Kristóf Kristýna Krisztian
Krisztina Krisztián Kriti Kritika Krizia Krupa Krystian Krystof Krystyna Kryštof Ksenia Kseniya Kuan-yu Kubra Kudzai
Kuldeep Kuldip Kulsum Kulwinder Kumar Kumiko Kunal Kunle Kunmi Kurnia Kurniawan Kurosh Kurumi Kusum Kusuma Kuzma Kwabena
Kwabla Kwadwo Kwaku Kwamena Kwangsoo Kwasi Kweku Kwesi Kyle Kylian Kylie Kyohei Kyoko Kyriakos Kyrylo Kyung-hee
Kyung-soo Kyunghee Kyungmin Kyungsoo Kálmán Károly Kátia Kärt Kåre Kévin Kübra Kürşat Lacey Lachie Lachlan Ladan Ladi
Ladislav Laerke Laetitia Lahcen Laia Laiba Laila Laith Lajos Lakhdar Lakhwinder Laksh Lakshman Lalit Lamar Lambros Lamia
Lamis Lamya Lana Landon Langat Lanre Laoise Laquisha Larai Laras Larisa Larry Lasse Laszlo Lata Latifa Latoya Lauge
Laure Laurence Laurentiu Lauri Laurie Lautaro Lavanya Lavi Lavinia Lawal Lawrence Laxmi Leandro Leanne Lebogang Lee Leen
Leena Leevi Lefteris Leif Leigh Leilani Leire Lejla Lene Leni Lenka Lennard Lennart Lennox Lenny Leo Leona Leonard Leone
Leonel Leonid Leonidas Leonor Leonora Leopold Lera Leroy Lesedi Lesego Lesley Leslie Lestari Lester Lesya Leszek Letizia
Letícia Leul Levent Levente Levi Lewis Li-hua Lia Liang Liaquat Liat Libor Libuse Libuše Licia Lidia Lidya Lieke
Lientjie Liesbeth Lieselotte Liesl Lieve Lieven Liezel Lifang Liga Lihi Lihle Lihua Liis Liisa Lijuan Lijun Lila Lilah
Lili Lilia Lilian Liliana Liliane Lilla Lilli Lillian Liming Limor Lindani Lindiwe Lindsay Lindsey Ling Lingling Linnea
Linnéa Linus Lionel Lior Liora Lipi Lisandro Lisanne Lisbeth Lise Liselotte Lison Liton Liudmyla Liv Livia Livio Liviu
Liya Liying Liza Lizbeth Lize Lizzie Liên Ljiljana Llewellyn Llinos Lloyd Lluis Lluís Llywelyn Loai Loane Lodewijk Loes
Logan Loic Lokesh Lola Loli Lorcan Lorcán Loredana Lorena Lorenz Lorenza Loretta Lori Lorna Lorraine Lotfi Lothar Lotje
Lotta Lotte Lou Louay Loubna Louie Louisa Louison Louna Lourdes Lourenco Lourens Lourenço Lovelyn Lowell Lowie Lowri
Loïc Luan Luana Luann Lubica Lubna Lubomir Lubos Luboš Luc Lucian Luciana Luciano Lucie Lucien Lucienne Lucija Lucille
Lucinda Lucio Lucjan Lucrezia Lucy Lucyna Ludmila Ludmiła Ludovic Ludovica Ludvig Ludwig Ludwik Luella Luigi Luisito
Luiz Lujain Luka Lukasz Lukáš Lulit Luminita Lungelo Lungile Lupe Lupita Luqman Lurdes Lusi Luther Lutz Luuk Luwam
Luyanda Luzviminda Luân Luís Luísa Lwandile Lwazi Lyka Lyla Lyle Lynda Lyndon Lynn Lynne Lyuba Lyubomir Lyubov Lyudmila
László Lâm Lærke Lætitia Léandre Léna Léo Léon Léonard Léonie Lívia Lúcia Lúcio Līga Lőrinc Maaike Maarja Maarten Maayan
Mabel Macarena Macharia Machiko Maciej Mackenzie Macsen Madalena Madalina Maddalena Maddison Madeline Madelyn Madge
Madhav Madhavan Madhavi Madhu Madhumita Madhura Madhuri Madison Mads Mae Mael Maelle Maelys Maeve Mafalda Magda
Magdalini Magdolna Maggie Magnus Magnús Maha Mahalakshmi Maham Mahan Mahaut Mahbub Mahdi Maher Mahesh Mahir Mahlet
Mahmoud Mahmud Mahmuda Mahmudullah Mahmut Mahnaz Mahnoor Mahsa Mahtab Maialen Maider Maija Maiko Maimuna Maina Mair
Maira Mairead Mairi Mairin Mairwen Mairéad Maite Majed Majid Majken Makar Makena Makis Makoto Maksim Maksym Maksymilian
Malachy Malaika Malak Malathi Malcolm Maldwyn Malgorzata Malik Malika Malin Malini Malka Malthe Mami Mamie Mamta Mamun
Mamunur Manal Manami Manasa Manasi Manav Mandana Mandar Mandeep Mandla Mandy Mangesh Manh Mani Manikandan Manish Manisha
Manjit Manjot Manmohan Manny Manoj Manolis Manolo Manon Manpreet Mansi Mansoor Mansour Mansur Mantas Manus Mao Mara
Marceau Marcela Marcelino Marcell Marcella Marcelle Marcello Marcelo Marcia Marcial Marcin Marcio Marcos Marcy Mareike
Marek Margareta Margarida Margarita Margaux Margery Margherita Margit Margo Margot Margriet Mari Mari-Liis Mariah Mariam
Marian Marianna Marianne Mariano Maribel Maricel Maricela Marieke Marietjie Marija Marijke Mariko Marilena Marilou
Marilyn Marin Marios Marisa Mariska Marisol Marissa Marit Marites Mariusz Marivic Mariya Marián Marja Marjan Marjatta
Marjolein Marketa Markku Marko Markéta Marla Marleen Marloes Marlon Marnix Marouane Marsaili Marsha Marte Marthe Martijn
Martim Martine Martins Marton Martín Maru Marvin Marwan Mary-Ann Maryam Maryjoy Maryse Marzena Marzieh Masahiro Masaki
Masako Masao Masaru Masato Masego Masha Mason Masoud Massimo Massoud Masud Matas Matei Matej Mateusz Matheus Mathieu
Mathilda Mathis Mathéo Matias Matilda Matilde Mats Matt Matthieu Matti Mattias Mattie Mattis Mattéo Matus Matvei Matvey
Matías Matúš Matěj Maud Maude Maulana Maureen Mauricio Maurits Maurizio Mauro Maurício Mawar Mawuena Mawuli Maxence
Maxim Maxime Maximiliano Maximilien Maxine Maxwell Mayank Mayar Mayowa Maysa Mayu Mayuko Mayumi Mazen Mazlan Mazyar Maël
Maëlle Maëlys Maïwenn Małgorzata Mbali Meabh Mechthild Medhat Meena Meenakshi Mees Megha Megumi Mehdi Mehran Mehrdad
Mehreen Mehrnaz Mehrsa Mehul Mehwish Mei-hua Mei-ling Meilin Meiling Meindert Meinhard Meir Meirion Meja Mekdes Mekonnen
Melati Melek Melika Melike Melina Melinda Meltem Melvin Menachem Meng Mengistu Mengqi Mengyao Menna Menno Merav Mercedes
Merche Mercè Meredith Meredydd Mererid Merel Merete Meriem Merima Meritxell Meron Mert Mervat Merve Mervyn Meryem Mesay
Meseret Mesfin Metin Mette Mhairi Mi-jin Mi-young Miao Micah Michail Michal Michalina Michalis Micheal Michele Micheline
Michiel Michiko Mickael Mickaël Mickey Micky Midori Mieczysław Mieke Miel Mihaela Mihai Mihaly Mihir Mihlali Mihnea Miho
Mihály Mijin Mike Mikel Miki Mikias Mikkel Mikko Miklos Miklós Mikolaj Mikołaj Mila Milad Milagros Milana Mildred Milena
Milica Milla Millie Milo Milorad Milos Milosz Miloš Miltiadis Milán Min-ah Min-ho Min-jae Min-ji Min-jun Min-seo
Min-seok Min-young Mina Minah Minako Minami Minato Minenhle Minghao Mingming Mingyu Mingzhe Minho Minjae Minji Minna
Minnie Minoo Minoru Minseo Minseok Minyoung Mio Miori Mira Mirain Miranda Miray Mircea Mireia Mireille Mirela Mirella
Miri Mirjam Mirjana Mirko Miroslav Miroslava Miroslaw Mirosław Mirosława Mirthe Mirza Misaki Misbah Mitali Mitchell
Mitesh Mitra Mitsuki Mitsuru Mitu Miu Miyoung Miyu Mizanur Mizuki Miłosz Moataz Moaz Mobin Modupe Moe Mohamad
Mohammadreza Mohan Mohand Mohit Mohsen Mohsin Moira Moises Moisés Mojgan Moji Mojisola Mokhtar Molly Momchil Momina
Mominul Momoka Momoko Mona Moncef Monique Monir Montse Montserrat Monty Morag Moran Mordechai Morenike Morgan Morgane
Morne Morné Morris Morten Morteza Moshe Mostafa Mostafizur Moti Mou Moumita Mouna Mounika Mounir Mourad Moushumi Moussa
Moustafa Mousumi Moyo Mphatso Mpho Mpumi Mridula Mrinal Mrinmoy Mrunal Mstislav Muath Muaz Mubashir Muchen Mudassar
Mueni Mugdha Mugisha Muhamad Muhammed Muireann Mukasa Mukesh Mukul Mulenga Mulu Mulugeta Mulyani Mumbua Muna Munachi
Muneeb Mungo Munir Munni Murad Murali Murat Murdo Muriel Murilo Murray Murtala Murugan Musa Mushfiqur Mushtaq Mustapha
Musyoka Mutale Mutaz Muthoni Muthu Mutua Mwajuma Mwanahawa Mwanaisha Mwanajuma Mwangi Mwende Mwikali Mwila Mxolisi
Myfanwy Mykhailo Mykola Mylene Myra Myron Myroslava Myrthe Myrto Myungsoo Mzwandile Máire Máirín Márcia Márcio Mária
Mário Márton Máté Måns Méabh Mélanie Mícheál Mónica Mónika Mārtiņš Mădălina Na-yeon Naa Naama Nabil Nabila Nabilah Nacer
Nachman Nachum Nadav Nadeem Nader Nadezhda Nadim Nadja Nadya Nadège Nafisa Nafula Nagarjuna Nagendra Nagesh Nahid Nahla
Nahom Nahuel Naila Naim Naima Naina Najat Naji Najla Nakato Nakul Naledi Nalini Nalubega Nam Nam-joon Naman Namatovu
Nambi Namjoon Namrata Nana Nanako Nanami Nancy Nanda Nandhini Nandi Nandini Nandita Nanna Nao Naoise Naoki Naoko Naoto
Naoya Narasimha Nardine Naresh Narges Nargis Nari Naroa Naseem Nasim Nasima Nasir Nasiru Nasr Nasreen Nasrin Nasser
Nastaran Nastya Nataliya Natalya Natan Natarajan Natasa Natasha Nataša Nate Nathalia Nathanaël Nathaniel Nathália Nati
Natnael Natsuki Natsumi Natália Natálie Nauman Navdeep Naveed Naveen Navid Navin Navjot Navneet Navya Nawal Nayeem
Nayeon Nazanin Nazar Nazario Nazia Nazila Nazli Nazlı Nazmul Ndinda Nduku Necati Nechama Neda Neelam Neema Neeraj Nefeli
Negar Negash Nehir Neil Nejat Nekane Nekesa Nektarios Nele Nell Nellie Nello Nelmarie Nelson Nemanja Nenad Nenita Nerea
Nerissa Nermina Nermine Nerys Neslihan Nesrin Nesrine Nesta Nestor Neta Netanel Nettie Neus Nevaeh Neville Nga Ngan
Nghia Nghĩa Ngoc Nguyet Nguyên Ngà Ngân Nhat Nhi Nhlanhla Nhu Nhung Nhyira Nhân Niall Niamh Niccolò Nico Nicolae
Nicoleta Nicoletta Nicolo Nicolás Nicolò Nicusor Nidal Nidhi Niels Nienke Nieves Nigel Nihan Nihat Nii Niilo Nika Nikhil
Niki Nikita Nikodem Nikola Nikolaj Nikolaos Nikolay Nikolett Nikos Nila Nilanjan Nilesh Nili Niloofar Niloufar Nilufar
Nilüfer Nima Nimra Ning Ningrum Ningsih Niousha Nir Niraj Nirav Nirmal Nirmala Nisa Nisha Nisrine Nitesh Nithin Nithya
Nitin Nives Niyi Nizar Njeri Njoki Njoroge Nkatha Nkechi Nkem Nkiru Nkosinathi Nnaemeka Nnamdi Nneka Nnenna Noa Noam
Noboru Nobuhle Nobuo Nodoka Noe Noelia Noelle Noemi Noemie Noemí Noga Nokuthula Nola Nolan Nolwazi Nolwenn Nomalanga
Noman Nomsa Nomthandazo Nomvula Nonoy Noor Noora Norberto Noreen Noriko Norio Norman Nosa Nosipho Noura Noureddine
Nourhan Nout Novita Noya Nozomi Noé Noémi Noël Nqobile Nsikak Nsubuga Nthabiseng Ntombi Nuala Nugroho Nuhu Nuno Nunzia
Nura Nurcan Nurhayati Nuria Nurin Nurit Nurul Nusrat Nwamaka Nyambura Nyamekye Nyasha Nyokabi Nyoman Nándor Nóirín Nóra
Núria Oana Oanh Oarabile Obaid Obi Obiageli Obinna Obioma Obiora Oceane Ochieng Octavia Octavian Octavio Océane Oda Oded
Odete Odette Odhiambo Odhrán Odile Oduor Odysseas Ofek Ofentse Ofer Ofonime Oforiwaa Ofra Ogechi Oghenekaro Oguz
Ohenewaa Oighrig Oisin Oisín Okechukwu Okello Okoth Oksana Oktay Oladipo Olafur Olamide Olawale Oldrich Oldřich Oleg
Oleh Oleksandr Oleksandra Oleksiy Olena Olesya Olivier Olivér Oliwer Oliwia Olle Olli Olof Oluchi Olumide Oluwadamilare
Oluwafemi Oluwatobi Oluwatoyin Olwen Olwethu Omari Omer Omid Omkar Omobolanle Omolara Omondi Omphile Omran Omri Onalenna
Ondrej Ondřej Onni Onno Onur Onyango Onyeka Onyekachi Onyinye Oonagh Opeyemi Ophelia Ophelie Ophélie Ora Oran Oratile
Orazio Oren Oreste Orestis Orhan Ori Orietta Oriol Orit Orla Orlaith Orlando Orly Orna Ornella Orsolya Osagie Osama
Osamu Osaro Osarobo Osas Osaze Osher Osian Osita Osman Osnat Ostap Osvaldo Otavio Othman Otieno Otilia Otis Otso Ottavia
Ottavio Otávio Ouma Oussama Outi Ove Ovidiu Ovie Oviya Owain Owais Owen Owino Oyin Oyinkansola Oyvind Ozan Ozge Ozgur
Ozioma Ozlem Paavo Paco Pacôme Padma Padmini Padraig Paige Paivi Palani Palesa Pallavi Paloma Pamela Panagiota
Panagiotis Pankaj Panos Paolo Parag Paramjit Paras Paraskevas Paraskevi Parastoo Paresh Pari Paria Parisa Parker
Parminder Parmjit Paromita Parsa Parth Partha Parul Parveen Parvez Parvin Parviz Pascual Pasquale Pasqualina Pati
Patricio Patrik Patrizia Patrycja Patryk Patrícia Pau Paulette Paulin Paulina Paulius Paulo Pavan Pavani Pavel Pavithra
Pavlo Pavlos Pawan Pawel Paweł Payal Payam Peadar Pedram Pegah Peggy Pei-ying Peig Pejman Pekka Pendo Penelope Penelopi
Peng Pepe Pepijn Percy Periklis Perla Perrine Perry Pertiwi Perveen Pervez Petar Petr Petri Petrică Petro Petros Petru
Petter Petya Peyman Peyton Phani Phil Philani Philippa Philémon Phindile Phoebe Phong Phu Phuc Phuong Phyllis Phát Phú
Phúc Pia Piaras Piera Pierluigi Piero Pierre-Louis Pierrick Pieter Pietra Pietro Pihla Pihu Pilar Pim Pinar Pinchas
Pinelopi Pino Pippa Piret Pirjo Piroska Pius Piyali Piyush Plamen Platon Po-han Pokua Pol Pola Polina Poonam Popy Poppy Poul
Poulami Pouya Prabhakar Prabhjot Prabhu Prabowo Prachi Pradeep Pradip Pragya Prajakta Prakash Pramod Pranav Pranay
Prasad Prasanna Prasenjit Prashant Pratama Prateek Prathamesh Pratibha Pratik Praveen Predrag Preeti Prem Priscila
Priscilla Pritam Prithvi Priyal Priyanka Prodromos Proinsias Prosenjit Przemyslaw Przemysław Puja Pule Puneet Puri
Purnama Puspita Puteri Putra Putri Pyotr Pádraic Pádraig Páidí Pál Päivi Péter Pınar Přemysl Qais Qaiser Qasim Qian
Qiang Qianru Qiaoyun Qing Qingyun Qistina Qiyu Quan Quang Quentin Queralt Quim Quinn Quinton Quirin Quitterie Quoc Qusay
Quy Quynh Quân Quý Rabab Rabah Rabi Rabia Rabie Rabiu Rachael Rachele Rachid Rachna Radek Radha Radhika Radia Radim
Radion Radka Radoslaw Radostina Radosław Radu Raed Rafa Rafal Rafay Rafał Raffaele Raffaella Rafi Rafik Rafiq Ragav
Raghava Raghavan Raghu Ragnar Ragnheiður Ragnhild Raha Rahama Rahayu Rahel Rahil Rahma Rahmat Raihan Raimo Raimondo
Raimonds Raimundo Raisa Raissa Rajasekhar Rajat Rajeev Rajendra Rajib Rajinder Rajiv Rajkumar Rajni Raju Rajveer Rakesh
Rakhi Rakib Rakiya Raluca Ramakrishna Raman Ramana Ramazan Rameen Rami Ramin Ramiro Ramon Ramona Ramu Ramy Ramya Ramzi
Rana Randall Randi Randolph Rangga Rani Ranjana Ranjit Ranya Raphaël Raphaëlle Rasel Rasha Rashad Rashedul Rashid
Rashidi Rashmi Rasika Rasmus Rastislav Ratih Ratna Ratu Rauf Raul Ravinder Rawan Rayan Raymond Raz Razan Razia Razvan
Raíssa Raúl Reabetswe Reagan Reba Rebeca Rebekah Recep Reda Redouane Reem Reena Refilwe Reggie Reginald Regis Rehaan
Rehab Rehan Rehana Rehema Rei Reiko Reina Reinaldo Reiner Reinhold Reinier Reinout Reka Rekha Relu Rembrandt Remedios
Remi Remigiusz Remo Remus Remy Rena Renan Renata Renato Rene Renee Renske Renu Renzo Renée Retha Rethabile Reuven
Revathi Rex Rey Reyansh Reyhaneh Reymart Reynaldo Reynan Reza Rezaul Rhian Rhiannon Rhoda Rhodri Rhona Rhonda Rhun
Rhydian Rhys Riaan Riad Riana Rianne Riaz Ricarda Riccardo Richa Rick Rickey Ricky Rida Riddhi Ridha Ridwan Rie Rieke
Riet Rigoberto Riikka Rik Rika Rikke Riko Riku Riley Rima Rimi Rina Rinat Rinku Rino Rio Riona Rionach Ripa Ripon Risa
Rishabh Rishi Risma Risteard Risto Ritesh Ritsu Ritu Rituparna Ritva Ritvik Ritwik Rivaldo Rivka Riya Riyad Rizki Rizky
Rizwan Rizza Robbie Robby Robel Robyn Rocco Rocio Rocío Rodel Roderick Rodica Rodion Rodney Rodolfo Rodolphe Roel Roelof
Rogelio Rogerio Rogier Rogério Rohit Roisin Rokas Rokaya Rokeya Roksana Rokshana Rola Rolande Rolando Rolly Romain
Romana Romane Romano Romeo Romi Romina Rommel Romy Romário Ron Ronak Ronaldo Ronan Ronel Ronen Roni Ronit Ronja Ronke
Ronnie Rony Roos Rory Rosalba Rosalie Rosalind Rosalyn Rosana Rosangela Rosanna Rosaria Rosario Rosemarie Roser Roshanak
Roshni Rosi Rosie Rositsa Rosli Ross Rossana Rossella Rostam Rostislav Rosário Rosângela Rotich Rotimi Roua Roula Rowel
Rowena Roxana Roxanne Roy Roya Rozi Rozália Ruadhán Ruairi Ruairidh Ruairí Ruan Ruaridh Ruba Rubel Ruben Rubina Rubén
Ruchir Rudi Rudiger Rudo Rudolph Rudra Rufus Ruggero Ruixue Rukaya Rukayya Rukhsana Rully Rumana Rumbidzai Ruohan Ruoxi
Ruoyu Rupa Rupali Rupert Rupesh Rupinder Ruqayya Ruslan Russ Russell Ruta Rutger Ruti Rutuja Ruud Ruvimbo Ryder Rylee
Ryohei Ryoko Ryoma Ryosuke Ryota Ryszard Ryuji Ryunosuke Régine Régis Réka Rémi Rémy Ríona Róbert Róisín Róland Rónán
Róża Rúben Rüştü Răzvan Rūta Saad Saanvi Saar Saara Saba Sabah Sabatino Sabbir Sabina Sabri Saburo Sabyasachi Sacha
Sachiko Sachin Sadaf Sade Sadhana Sadhbh Sadia Sadie Sadiq Sadiya Sadık Sae Saeed Safa Safaa Safia Safiya Safwan Sagar
Sahar Sahil Sahin Sahithi Sai Saida Saidi Saiful Saikat Sailaja Saima Saja Sajib Sajid Sajjad Sakhile Saki Sakib Sakiko
Sakshi Salah Salar Saleh Salem Salih Salim Salisu Sally Salman Salome Salomé Saloni Salvador Salvatore Salwa Sam Samah
Saman Samar Samara Samarth Sameer Sami Samia Samina Samira Samrawit Samson Samuele Sana Sanaa Sanae Sanaz Sanchita
Sancho Sandeep Sander Sandile Sandip Sandor Sandrine Sandro Sanet Sang-hoon Sang-woo Sangeeta Sangeetha Sanghoon Sangita
Sangwoo Sani Sanja Sanjana Sanjeev Sanjib Sankar Sanket Sanna Sanne Santi Santina Santino Santo Santosh Santoso Saoirse
Saori Sapna Saqib Sarang Saranya Saratu Saravanan Sarfraz Sarit Sarita Sarka Sarthak Sarvesh Sasan Sasha Sashi Sasi
Saskia Sathish Sathya Satish Satnam Satomi Satu Saul Saulius Saurabh Saveliy Saverio Savita Savva Savvas Sawsan Sawyer
Sayaka Sayali Sayan Sayani Sayuri Saïd Saúl Scarlett Schalk Scott Seamus Sebastiano Sebastiao Sebastien Sebastião Seble
Seda Seema Segun Sehrish Sehun Seiji Sekar Sekhar Selam Selamawit Selcuk Selena Selim Selina Sello Selma Selorm Selvam
Selvi Selçuk Sem Semhar Semyon Sena Senad Senait Senan Senay Senga Senne Senthil Senthilkumar Senyo Seo-ah Seo-hyun
Seo-jin Seo-jun Seo-yeon Seo-yoon Seo-yun Seoa Seoah Seohyun Seojin Seojun Seok-jin Seokjin Seonaid Seosamh Seoyoon
Seoyun Sepehr Sepideh Seppe Seppo Serafina Serap Serdar Seren Serena Serge Sergey Sergi Sergiu Serhiy Serkan Serwa
Serwaa Setareh Seth Setiawan Setsuko Settimio Seul-gi Seulgi Seun Seung-hee Seung-hoon Seung-min Seung-woo Seunghee
Seunghoon Seungmin Seungwoo Sevda Sevgi Sevim Seweryn Seán Shabana Shabani Shabnam Shachar Shadi Shafiq Shafiqul Shafqat
Shaghayegh Shagufta Shahab Shahbaz Shahd Shaheen Shahid Shahidul Shahin Shahla Shahnaz Shahram Shahriar Shahroz Shahrul
Shahzad Shai Shailesh Shaima Shaimaa Shaked Shakeel Shakib Shalini Shamim Shamiso Shampa Shams Shan Shane Shani Shanice
Shaniqua Shankar Shannon Shantanu Shante Shanthi Shanti Shapla Sharad Sharif Sharmeen Sharmila Sharmin Sharmistha Sharon
Shashank Shashikant Shathi Shaul Shaun Shauna Shaurya Shawn Shay Shayan Shazia Sheena Sheetal Shehu Shehzad Sheila
Shekhar Shelby Sheldon Shelley Shengli Sheraz Sherif Sherri Sheryl Shewit Shiela Shigeru Shiho Shikha Shilpa Shilpi
Shimon Shingo Shinichi Shinji Shinya Shiori Shira Shirin Shirley Shital Shiv Shiva Shivam Shivani Shivansh Shiyu Shizuka
Shlok Shlomit Shlomo Shmuel Shoaib Shobha Shogo Shohei Shohreh Shola Shona Shoshana Shota Shraddha Shreyas Shruti
Shu-fen Shubham Shubhankar Shufen Shuhei Shulan Shunsuke Shuvo Shuyi Shuying Shweta Shyam Si-woo Siamak Sian Sibel
Sibongile Sibusiso Siddhant Siddharth Siddhesh Siddhi Sidney Sidra Siebe Siegfried Sietse Sietske Sigal Sigge Sigit
Sigmund Signe Sigrid Sigridur Sigríður Sigurd Sigurður Siham Sihan Silas Sile Sille Silvio Silviu Silviya Sima
Simbarashe Simi Simin Simisola Simona Simran Simranjeet Simranjit Simão Sina Sinan Sindhu Sindisiwe Sinead Sinethemba
Sinta Sinéad Siobhán Sion Sioned Siphesihle Siphiwe Siphokazi Siqi Sirisha Sirpa Siska Sissel Siti Siu-ming Siv Siva
Sivakumar Siwoo Sixten Sixtine Siya Siyabonga Siyu Sizwe Siân Siôn Sjoerd Skylar Slamet Slawomir Slimane Slobodan Smadar
Smaranda Smilla Smita Sneha Snehal Snezana Snežana Snizhana Snorre So-hee So-yeon Sobia Sofea Sofiane Sofie Sofiya Soha
Sohail Sohan Sohee Soheila Sohel Sohini Sohrab Sokratis Sola Solange Soledad Solene Solomiya Solomon Solveig Solène
Somnath Somto Sona Sonal Sonali Songül Sonia Sonja Sonya Soo-ah Soo-jin Soo-yeon Soo-young Sooah Soojin Sooyeon Sooyoung
Soraya Sorcha Soren Sorin Sorina Soroush Sosuke Sotaro Sotirios Sotiris Souad Soudabeh Soufiane Souhaila Soujanya Soula
Soumik Soumya Sourav Souta Souvik Sowjanya Sowmya Soyeon Soňa Spandana Spencer Spyridon Spyros Sraboni Sravani Sravanthi
Srdjan Sreekanth Sreya Sri Sridhar Srikanth Srinivas Srinivasan Srinu Srđan Ssebunya Stacey Stacy Staf Stanislas
Stanislav Stanislava Stanislaw Stanisław Stanisława Stanley Stav Stavros Stavroula Stef Stefania Stefanos Stefany
Steffan Stefán Steinar Stela Stelios Stella Sten Stepan Stephane Sterre Steve Stewart Stian Stig Stijn Stina Stoyan
Struan Stuart Stylianos Stéphane Stéphanie Su-bin Su-jin Suad Subha Subhajit Subhas Subhash Subin Subira Subramanian
Subrata Suchitra Suci Sude Sudeshna Sudha Sudhakar Sudheer Sudhir Sudipta Sugeng Sughra Sujata Sujatha Sujin Sujit Sujoy
Sukanya Sukhdev Sukhjinder Sukhmani Sukhpreet Sukhwinder Sulaiman Suleiman Sulekha Suleyman Sumaira Sumaiya Suman Sumana
Sumanta Sumaya Sumayya Sumedh Sumi Sumiko Sumit Sun-hee Sun-woo Sundar Sundas Sune Sunette Sung-min Sungho Sungmin
Sunhee Sunil Sunitha Sunniva Sunwoo Suné Suong Suparna Supratim Supriya Supriyadi Suraj Surbhi Suriya Surya Suryadi
Suryani Susana Susanna Susannah Susanti Sushant Sushil Sushma Susie Susmita Susumu Sutrisno Suus Suzanne Suzette Suzu
Suzy Svea Sverre Sveta Svetlana Svetoslav Svyatoslav Swagata Swapna Swapnali Swapnil Swathi Swati Syafiq Syafiqah Syahmi
Syazwani Sybil Sybren Sylvain Sylvester Sylvestre Sylviane Sylvie Sylwia Synnøve Szabolcs Szandra Szilvia Szymon Sándor
Sára Séamus Sébastien Ségolène Sérgio Síle Sílvia Sónia Sônia Sönke Süleyman Sławomir Tabea Tabitha Tadashi Tadesse
Tadeu Tadeusz Tadhg Tae-ho Tae-hyung Tae-min Tae-yang Tae-yeon Taeho Taehyung Taemin Taeyang Taeyeon Tafadzwa Taha
Tahani Tahar Tahir Tahira Tahmina Tahmineh Taichi Taiki Taimoor Taimur Taina Tainá Taisiya Taiwo Takahiro Takako Takao
Takashi Takehiro Takeshi Takis Takudzwa Takuma Takumi Takuya Tal Talal Talha Tali Talia Tamaki Tamar Tamas Tamer Tamika
Tamilarasi Tamilselvan Tamim Tamirat Tammy Tamrat Tamsin Tamás Tanaka Tancrède Taner Tanguy Tania Tanish Tanisha Tanjila
Tanko Tanmay Tanmoy Tanushree Tanveer Tanvi Tanvir Tanya Taoufik Tapas Tapio Tapiwa Tara Taraneh Taranjit Taras Taravat
Tarek Tareq Tari Tarik Tarja Tarun Tarık Tasha Taslima Tasneem Tasnim Tasos Tasoula Tatenda Tathagata Tatsuya Tatu
Tatyana Taufik Tauseef Tawfiq Tawhid Tayfun Tayo Tayyaba Tebogo Teboho Tecla Ted Teddie Tedros Teemu Tegan Tegid Teguh
Tehila Teja Tejas Tejasri Tejaswini Tejinder Tejpal Tekle Teklu Temidayo Temitope Tena Tendai Tenma Teodor Teodora
Teodoro Tere Terence Teresita Tereza Terje Terrell Terrence Terri Terry Teruo Tesfaye Tesni Tess Tessa Tetiana Tetsuo
Tetsuya Tetyana Teun Tewodros Thabang Thais Thalita Thamarai Thamer Thanasis Thandeka Thandi Thandiwe Thang Thao Thato
Thaís Thelma Themba Thembeka Thenmozhi Theodora Theodore Theodoros Therese Thibault Thibaut Thien Thierry Thijmen Thijs
Thilo Thinh Thiru Tho Thoa Thodoris Thoko Thom Thor Thuan Thulani Thuy Thành Thái Théo Théophile Thérèse Thúy Tiaan
Tiago Tian Tianhao Tianyu Tiberio Tibor Tien Tiernan Tierra Tiffany Tigist Tihamér Tiina Tijana Tijjani Tijmen Tika
Tikhon Tilahun Tillmann Tilly Tilo Timea Timeo Timilehin Timmy Timofei Timotheos Timur Timéo Tina Tinashe Tineke
Tingting Tiril Tirtha Tirunesh Tirza Tisha Titi Titilayo Tito Titouan Tiwonge Tiziana Tiziano Tiên Tjeerd Tjerk Toan
Tobenna Tobi Tobiasz Toby Tobías Tochukwu Todd Todor Toivo Tolga Tolu Tolulope Toma Tomas Tomer Tomi Tomislav Tomiwa
Tommaso Tommy Tomo Tomoe Tomohiro Tomoki Tomoko Tomomi Tomos Tomáš Tonderai Toni Tonino Tono Tony Toomas Tope Torben
Torbjörn Torgeir Torill Torquil Tosca Toshio Tosin Tova Tove Towhid Toyin Toàn Tra Tracey Tracy Traian Trang Treasa
Trevon Trevor Tri Triin Trijntje Trine Trinh Trisha Tristan Tristão Trixie Troels Trofim Trond Trong Troy Truc Trudy
Trung Trupti Truus Trygve Trystan Trà Trâm Trí Trúc Tsega Tsegaye Tsehay Tsehaye Tshegofatso Tshepo Tsholofelo Tsion
Tsubaki Tsubasa Tsumugi Tsung-han Tsvetan Tsvetelina Tuan Tudor Tudur Tugba Tullio Tumaini Tumelo Tumi Tumpa Tuncay Tung
Tunç Tuomas Tuong Ture Turgut Turid Turki Tushar Tuti Tuula Tuva Tuyet Tuğba Tygo Tyler Tymon Tymoteusz Tyra Tyreek
Tyrese Tyrone Tzachi Tzila Tzipora Tzur Tzvi Tài Tâm Tân Tânia Tímea Tín Tõnu Tùng Tülay Tünde Ubong Uche Uchenna Uday
Udoka Uduak Ufuk Ugo Ugochi Ugonna Ugur Ujjwal Uju Ula Ulf Uliana Ulises Ulla Ulrik Ulrika Ultan Ulya Ulyana Ulysse
Umair Umar Umay Umberto Umeko Umer Umesh Ummi Umut Unai Unathi Unni Upendo Urbain Urmila Urooj Uros Uroš Urszula Urvashi
Urvi Urvish Usama Usha Usman Uta Utami Uthman Utkarsh Uwase Uxue Uyen Uyên Uzair Uzma Uzoma Uğur Vaclav Vadim Vadym
Vahid Vaibhav Vaino Vaishali Vaishnavi Valdemar Valdir Valentijn Valentino Valentín Valerie Valerio Valeriy Valery Valli
Valter Valya Valère Vamshi Vamsi Vandana Vanesa Vangelis Vani Vania Vanitha Vansh Vanya Varalakshmi Varda Varsha Varun
Varvara Vasanthi Vasavi Vasco Vasil Vasile Vasileios Vasilică Vasiliki Vasilis Vasilisa Vasiliy Vasily Vassilis Vasso
Vasudha Vasyl Vebjørn Ved Vedant Vedat Veera Veerle Vegard Veikko Veit Vel Velislava Velu Vendula Venkat Venkatesh Venla
Vennela Verna Vernon Veronique Verónica Vesna Vicente Vicki Vickie Vicky Victoire Vida Vidar Vidya Viet Vigdis Vigga
Viggo Vignesh Vihaan Vijaya Vika Vikas Viktorie Viktória Vilde Villads Ville Villő Vilmos Vilém Vimal Vimbai Vina Vinay
Vinayak Vince Vincenza Vincenzo Vineeta Vinh Vinicius Vinod Vinzenz Vinícius Violeta Viorel Viorica Vipin Vira Viraj
Virat Virgilio Virginie Virág Vishal Vishnu Vishwanathan Vitale Vitaliy Vitaly Vito Vitor Vitoria Vittoria Vittorio
Vivaan Vivek Viviane Vivien Vivienne Vlad Vladimír Vladimíra Vladislav Vladyslav Vlasta Vlastimil Vojtech Vojtěch Volkan
Volker Volodymyr Voula Vrushali Vsevolod Vusi Vuyani Vuyo Vyacheslav Vytautas Václav Vân Vânia Väinö Véronique Víctor
Vít Vítor Văn Věra Wachira Wacław Wael Wafa Wafaa Wafula Wagner Wahyu Wahyuni Wai-man Wairimu Waiswa Wajdi Wajid Wajiha
Wakako Wakana Waldemar Wale Waleed Walid Wallace Waltraud Wamaitha Wambui Wambura Wanda Wangari Wangui Wanjala Wanjiku
Wanjiru Wanjohi Wanjugu Wannes Waqar Waqas Warda Warre Waseem Wasim Wassim Wasswa Wati Wawan Waweru Wawrzyniec Wayan
Wayne Wayua Wei-ming Weidong Weiguo Weihua Weimin Weiwei Wekesa Wen-hsin Wende Wendelin Wendy Wenhao Wenjie Wenjun
Wenqian Wenxuan Weronika Wesley Wessel Weston Whitney Wiam Wian Widad Widodo Widya Wiebe Wiebke Wiesława Wietse Wigbert
Wiktor Wiktoria Wikus Wilbur Wilco Wilfred Wilfredo Wilfried Wilhelmina Willard Willem Willemijn Willi Wilma Wilmer
Wilna Wilson Wim Winda Winifred Winston Wioletta Witold Wladyslaw Wolfram Won-ho Wonho Woo-jin Woojin Workneh Worku Wout
Wouter Wubet Wulan Wuraola Wyatt Władysław Xabier Xander Xanthi Xaver Xavi Xenofon Xiang Xiao Xiao-ming Xiaobo Xiaochen
Xiaodong Xiaofeng Xiaohan Xiaohong Xiaohui Xiaojing Xiaojun Xiaoli Xiaoling Xiaolong Xiaomei Xiaoming Xiaoqing Xiaotian
Xiaowei Xiaoxiao Xiaoyan Xiaoyu Xinran Xinyi Xinyu Xiomara Xiulan Xiuying Xiuzhen Xolani Xuan Xuemei Xueying Xuân
Ya-ting Yaa Yaakov Yacine Yadira Yael Yafa Yagmur Yago Yahaya Yahya Yair Yaiza Yakov Yakubu Yalda Yalçın Yamato Yamikani
Yamini Yamuna Yana Yanan Yanis Yanling Yann Yannis Yanping Yanti Yanyan Yaqi Yara Yarden Yardena Yared Yaretzi Yaron
Yaroslav Yaroslava Yasaman Yasemin Yaser Yash Yashwanth Yasin Yasir Yasmeen Yasmina Yasmine Yasser Yassine Yasuhiro
Yasuko Yasushi Yatin Yavuz Yayra Yazan Yazid Yağmur Ye-ji Ye-jin Ye-jun Ye-rim Ye-rin Ye-seo Yeabsira Yechiel Yegor
Yehonatan Yehoshua Yehuda Yehudit Yeji Yejin Yejun Yekaterina Yelena Yelizaveta Yemane Yemi Yemima Yeon-woo Yeonwoo
Yerim Yerin Yesenia Yeseo Yeshi Yetunde Yevgeny Yevhen Yewande Yi-chen Yichen Yifan Yigal Yigit Yilmaz Yiming Ying Yinka
Yinuo Yiran Yishai Yisrael Yitzhak Yixuan Yiyang Yiğit Ylenia Ylva Yngve Ynze Yoann Yoav Yocheved Yodit Yogesh Yogita
Yohan Yohana Yohannes Yoichi Yoko Yolanda Yolande Yonas Yonatan Yong Yongjun Yongmei Yongqiang Yoo-jin Yoojin Yoon-ah
Yoon-ho Yoon-seo Yoona Yoongi Yoonho Yoonseo Yordan Yordanka Yordanos Yorick Yosef Yoshie Yoshihiro Yoshiki Yoshiko
Yoshinori Yoshio Yossi Younes Youness Young-hee Young-ho Young-soo Younghee Youngho Youngsoo Younis Youri Yousef Yousra
Youssouf Yu-chen Yu-jin Yu-na Yu-ting Yuanyuan Yuchen Yudai Yudi Yug Yuhan Yuhang Yuichi Yuina Yuito Yuji Yujin Yuka
Yukari Yukiko Yukio Yuko Yulan Yulia Yuliia Yulya Yuma Yume Yumei Yumi Yumiko Yumna Yuna Yunfei Yuni Yunus Yunusa Yuqi
Yuri Yuriko Yuriy Yury Yusaku Yusra Yusuke Yuta Yutaka Yuting Yutong Yuval Yuvan Yuvraj Yuxin Yuxuan Yuya Yuzhen Yuzuki
Yves Yvette Yvon Yên Yılmaz Zachariah Zacharoula Zachary Zack Zafar Zafer Zaheer Zahid Zahirul Zahra Zahraa Zaid Zain
Zainab Zainal Zaira Zak Zakaria Zakariya Zakariyya Zakhar Zaki Zakia Zalak Zalán Zama Zander Zandile Zane Zawadi Zayd
Zayed Zaynab Zaynah Zbigniew Zbynek Zbyněk Zbyszek Zdenek Zdenka Zdeněk Zdeňka Zdzisław Zeeshan Zeev Zehava Zehra Zeina
Zeinab Zeki Zelalem Zelda Zenaida Zenebech Zenobia Zenon Zeritu Zerrin Zev Zewdu Zeyad Zeynab Zhanna Zhen Zhengyi Zhenyu
Zhi-hao Zhigang Zhihao Zhihong Zhijun Zhiming Zhiqiang Zhiwei Zhiyuan Zhong Zhongwei Zhuoran Ziad Ziaur Ziba Zihan Zihao
Zilda Zimo Zina Zinaida Zineb Zinedine Zinhle Zisis Zita Ziv Ziva Zixuan Ziyang Ziyi Zizipho Zlata Zodwa Zoey Zohaib
Zohar Zohra Zohreh Zoltan Zoltán Zoran Zornitsa Zoubida Zoya Zoé Zsigmond Zsofia Zsolt Zsombor Zsuzsa Zsuzsanna Zsófia
Zubaida Zubair Zubairu Zuberi Zuhair Zukiswa Zulaikha Zulema Zulkifli Zunaira Zuwaira Zuzana Zuzanna Zvi Zvonimir
Zygmunt Zélie Ádám Ágata Ágnes Áine Álex Álvaro Ángel Árpád Åke Åsa Åse Çağan Çağlar Çınar Ève Éabha Éamon Éile Éliane
Élisabeth Élise Élodie Éloïse Éléonore Émile Émilie Éric Étienne Éva Évan Íñigo Ólafur Órla Óscar Ödön Ömer Öykü Özge
Özgür Özlem Ørjan Øyvind Úna Úrsula Ülkü Đorđe Đào Đông İbrahim İlhan İlker İpek İrem İsmail Ľubica Ľubomír Şahin Şerife
Şeyma Şule Šimon Štefan Štěpán Šárka Żaneta Žaneta
Othmane Ghita Soukaina Bilel Abdelilah Sarra Oumaima Chaymae Amine Abdellatif Abdeljalil Abdelghani Hanane Yosra Emna Mariem
Cyrine Hossam Esraa Marwa Radwa Hadeer Nermeen Sameh Hesham Ashraf Mohab Youssra Ibtissam Salaheddine Houssam Anouar Hatim
Safae Fatiha Touria Bouchra Jihane Asmae Kawtar Kaoutar Olfa Hela Sirine Takwa Skander Firas Mehrez Sofiene Seifeddine Haythem
Haithem Montassar Chokri Moez Slah Fethi Hedi Abderrazak Isaiah Devonte Hodan Paisley Ryleigh Brantley Abdirahman Jaylin
Dashawn Lakisha DeAndre Tremaine Zuri Braxton Ryker Kason Zayden Jayce Kyrie Sahra Abdullahi Abdiaziz Ifrah Fartun Shukri
`;

/**
 * Swiss, Austrian and French given names the lists above lack (Regula, Ueli, Corina, Claudine), and
 * the common double given names written with a hyphen (Anne-Marie, Hans-Peter, Anna-Lena). Not
 * `Beat`, a Swiss name but an English word before a capitalised one ("Beat Saber").
 */
const ALPINE_AND_COMPOUND_NAMES = `
Aurelio Béatrice Claudine Curdin Flurina Gaëtan Gian Hanspeter Hansruedi Ladina Maren Margrit Ottilie Regula Rosmarie
Corina Theresia Ueli Urs Vreni Annemarie Marlies Lisbeth Käthi Ruedi Köbi Sepp Hansjörg Hansjürg Christoph Mathias
Anne-Marie Anne-Laure Anne-Sophie Anne-Claire Anne-Catherine Marie-Claire Marie-Christine Marie-Louise Marie-Thérèse
Marie-Hélène Marie-France Marie-Pierre Marie-Laure Marie-Anne Marie-Sophie Rose-Marie Lisa-Marie Anna-Lena Anna-Maria
Eva-Maria Hans-Peter Hans-Jürgen Hans-Joachim Hans-Dieter Hans-Ulrich Klaus-Peter Karl-Heinz Jean-Paul Jean-Pierre
Pierre-Yves Pierre-Alain Paul-Henri Jean-Daniel Jean-Philippe Jean-Christophe Marc-André Luc-Olivier
`;

/**
 * The core lexicon: the person-name pattern spells these out (as a trie), so any capitalised word
 * pair that starts with one is a candidate. Kept small: every name here costs regex size and speed.
 */
// Session 29: about 2,000 more given names (South and East Asian, Brazilian and Portuguese,
// Turkish, Persian, Arabic, African, Nordic, Slavic, recent American…), written from general
// knowledge by a helper that saw no corpus; kept only those that no English, Spanish, French,
// German, Portuguese, Italian, Dutch, Polish, Czech or Turkish dictionary lists as a lower-case
// word, and no month's abbreviation. Session 35: common Estonian, Latvian, Lithuanian and Georgian
// given names, by the same test (not Marten, Dace, Asta, Santa, Getter: words).
const WORLD_NAMES = `
Dale Duane Candice Misty
Siri Bente Gunn
Kayaan Jitesh Surendra Upendra Virendra Yogendra Narendra Mahendra Bhupendra Gajendra Mahavir Sarabjit Hardeep
Manjeet Debashish Arindam Pranab Rajarshi Supriyo Rabindranath Satyajit Srabanti Payel Chhaya Garima Kajal
Ruchi Sonam Anvi Mahi Nitya Shanaya Prisha Vanshika Nirali Khushboo Hiren Alpesh Bhargav Jaydeep Maulik
Vishwas Shrikant Pravin Pranali Sanika Bhagyashree Dhanashree Shubhangi Rucha Harshit Lakshya Ojas Raghav
Ishwar Jaideep Krishnan Ramasamy Arasu Bharath Nagarajan Pandian Rajendran Ravichandran Vetri Vinoth Ganapathy
Harikrishnan Kalaiselvan Ranjith Sakthi Santhosh Selvaraj Sivaraman Thangaraj Udhayan Vasanth Arivu Ilavarasan
Mathivanan Nandhakumar Periyasamy Ponnusamy Annamalai Kumaran Ezhil Kayal Mythili Sumathi Tamilselvi Abirami
Hemalatha Kowsalya Poornima Preethi Rajalakshmi Rohini Suganya Swarna Vasuki Vidhya Venkata Satya Venu
Chiranjeevi Balakrishna Prabhas Gopichand Jagadeesh Vasu Yaswanth Padmaja Pravallika Sravya Tejaswi Niharika
Alekhya Vijayalakshmi Basavaraj Chandrashekar Gururaj Mallikarjun Puneeth Siddappa Sudeep Rakshith Rishab
Veeresh Bhavya Shwetha Spoorthi Sushmitha Akshatha Anupama Roopa Sahana Sinchana Anoop Binu Jijo Joji Jithin
Jobin Mohanlal Mammootty Nivin Prithviraj Sajeev Sanoj Shibu Shaji Sreejith Sreekumar Sujith Tovino Vineeth
Anju Aswathy Athira Greeshma Jisha Jincy Jinsy Lekha Neethu Reshma Remya Sreeja Sreelakshmi Sruthi Anjana
Nimisha Nazriya Sreenath Abhilash Aneesh Anish Ajith Dileep Jayan Krishnakumar Midhun Prasanth Renjith Sarath
Sibin Syam Anusree Chinnu Gopika Nandana Revathy Arunachalam Kandasamy Thirumalai Vellaisamy Rajasekaran
Sivasubramanian Sundaram Gunasekaran Jeyakumar Pugazh Nilavan Magizh Yazhini Vijayakanth Kamalesh Sundaresan
Ramanathan Lakshmanan Masashi Yoshiro Shiro Toshiro Yosuke Nobuyuki Hiroyuki Takayuki Masayuki Toshiyuki
Yoshiyuki Eita Kaname Ryusei Kouki Emiko Chieko Haruko Kimiko Hikari Sumire Yoshino Yoshi Nobu Kazu Haru Kiku
Fumi Kumi Genji Hideyoshi Iwao Kazuma Keita Kenshin Mitsuo Mamoru Ryuichi Tadao Yasuo Daichi Gaku Ryuu Shuichi
Sadao Shinobu Atsuko Mieko Misako Mitsuko Miyuki Nobuko Ritsuko Tamiko Teruko Toshiko Eriko Fuyumi Madoka
Mirai Yoriko Kozue Kasumi Aiko Weiming Liping Chunmei Zirui Haotian Yunxi Shihan Yijun Hanwen Weijie Jialin
Dongsheng Xiaogang Xiaoping Xiaoxue Xiaolin Haiyang Hongjun Jianfeng Jianxin Jiankang Lianhua Lixin Limei
Meihua Minghui Mingxuan Shuhua Wenhua Wenbin Wenwen Xiaoqian Xinyue Yanfei Yanhong Yanmei Yaxin Yingying
Zhenhua Zhixin Ziqi Zeyu Yize Yuze Ruiqi Xinyan Keyan Jinghan Yiting Peiyu Qiuyue Guangming Jinlong Jinhua
Baoguo Fengming Deming Yonggang Jiangang Huiying Jiaming Pengfei Yutian Jiayu Yuhao Kaixin Jiajia Tiantian
Yangyang Huahua Yuming Jianmin Jianxiong Guoping Guoliang Hongbin Hongliang Zhiyong Xiaojuan Yanhua Guifang
Xiufang Yufang Yuying Shuzhen Meifang Lihong Xiaohua Yaping Meijuan Chenyu Yuxi Xinyao Yihan Ruolan Qianyu
Wanqing Yunxuan Shiqi Haoming Zhenghao Zhiwen Jiacheng Yuanzhe Weilun Zhixuan Jiale Tianyi Ruizhe Gunwoo
Seunghyun Yunho Dayeon Seyeon Hyuna Sunmi Ryujin Chaeryeong Jonghyun Kibum Jinki Junmyeon Doyoung Taeyong
Haechan Donghae Kyuhyun Yesung Eunhyuk Siwon Heechul Youngjae Daehyun Jongup Yongguk Himchan Sunghoon Changbin
Jeongin Minsoo Minsu Jaeho Jinhyuk Dongmin Kyungho Hyunjun Hyungjun Sungjin Wooseok Taehoon Taewoo Seongmin
Jiseong Eunha Jisun Eunyoung Suji Sojin Yeonhee Yeseul Yoonah Joohyun Seungwan Hyojin Hyejung Kyungmi Bomi
Nayoung Yeeun Chaeeun Siyeon Eunchae Minchae Soyoon Sangmin Sangwook Seokhoon Byunghun Youngchul Mikyung
Eunkyung Jungsoo Jinsook Okja Soonja Youngja Jeongsuk Hyesook Myungja Mihee Eunsook Yunseo Jiyong Seungri
Daesung Wonwoo Jeonghan Seungkwan Hansol Dokyeom Seungcheol Hoshi Jihun Woozi Eunsang Hyeongjun Yoonbin
Kyungjun Gayoung Yooa Hyojung Bitna Bokyung Sunyoung Edvaldo Reginaldo Edinaldo Jailson Joelson Josivaldo
Juscelino Lindomar Nilson Osmar Wanderley Weverton Adailton Cleiton Cleber Claudinei Clodoaldo Claudionor
Deivid Djalma Dorival Edilson Edmilson Erivaldo Everaldo Evandro Genivaldo Geraldo Givaldo Ivanildo Jeferson
Joílson Josias Juarez Maicon Moacir Nivaldo Odair Rosivaldo Ubiratan Uelinton Valmir Vanderlei Willian Kaique
Breno Calebe Isadora Maitê Luíza Ágatha Daiane Raimunda Antônia Severina Luzia Rosemeire Rosilene Rosimeire
Cleide Cleonice Creusa Elisângela Gislaine Joelma Jucélia Lucimar Lucineide Luciene Marilene Neide Nilza
Regiane Roseli Silvana Sueli Zuleide Iracema Jaciara Potira Moema Thayná Kayane Andressa Tatiane Francinaldo
Gildásio Jucelino Lindalva Marinalva Josenildo Marivaldo Valdecir Valdomiro Claudete Claudemir Edivaldo
Aldenir Adalberto Rivelino Ronivaldo Walisson Wemerson Cleverson Jadson Jonathas Thamires Kethelyn Rayane
Raylane Sthefany Yasmim Lavínia Alícia Dilma Lula Aécio Djavan Arnaldo Zezé Zico Bebeto Dunga Garrincha
Edmundo Ederson Neymar Gabigol Richarlison Casemiro Fagner Jaílson Edileuza Marileide Rosenilda Maricélia
Ivaneide Lucicleide Gildete Edilene Valdirene Cleusa Dirce Fernão Américo Aníbal Baltasar Belmiro Eusébio
Horácio Inácio Octávio Teotónio Zacarias Adelino Alípio Arlindo Crispim Gervásio Isidro Leopoldo Olegário
Quirino Virgílio Zeferino Cátia Alzira Amélia Deolinda Ermelinda Emília Felismina Genoveva Isaura Ludovina
Natércia Otília Rosinda Zulmira Leonilde Albertina Armanda Telma Aurélio Abílio Amândio Arménio Bernardino
Cândida Cristóvão Domingas Eugénio Feliciano Fortunata Jacinta Jordão Laurinda Marcolino Miquelina Nélson
Noémia Olímpia Orlanda Osório Prudêncio Silvério Tibúrcio Micael Gualter Aires Fradique Egas Brites Borja
Pelayo Micaela Fabiola Reyna Rosalía Zoila Marisela Yamileth Xóchitl Ofelia Edelmira Eloísa Herminia Amalia
Nélida Ivonne Iratxe Nahia Julen Oier Markel Aimar Urko Ibai Gaizka Txema Quique Encarna Yanira Yuridia
Aracely Maritza Nohemí Odalys Yesica Dairo Néstor Erasmo Genaro Heriberto Maximino Porfirio Abelardo Dagoberto
Eleazar Eusebio Evaristo Froilán Gumersindo Leónidas Nicanor Obdulio Onésimo Remigio Rosendo Wenceslao
Zacarías Massimiliano Nazzareno Ivano Lamberto Ludovico Annamaria Lorella Pierina Agostino Bartolomeo Egidio
Fiorenzo Gianpiero Graziano Ippolito Ermanno Gualtiero Guglielmo Nevio Dalila Desirée Ilenia Ombretta Sveva
Gaspard Georges Éloi Elouan Eloïse Francine Michèle Murielle Pascale Raymonde Blandine Clothilde Faustine
Gwendoline Lilou Oriane Rozenn Soizic Tiphaine Ilyes Brice Valéry Leonhard Korbinian Vitus Jannis Janosch
Friedemann Gottlieb Gotthard Engelbert Bodo Dietmar Elmar Ludger Winfried Birte Hilke Insa Tomke Gesa Inken
Edeltraud Uschi Adelheid Walburga Kunigunde Roswitha Wilhelmine Christiane Annina Pirmin Fadri Luzius Götz
Tjark Fiete Hinnerk Enno Wenzel Hildebrand Irmtraud Henrike Gundula Rosalinde Liesel Thekla Ortrud Traudl Resi
Vroni Burgl Zenzi Gretl Heinrike Jördis Hella Almut Tijn Siem Hylke Twan Freek Leendert Marinus Rinus Remco
Sjors Tijs Wijnand Annemieke Fenne Noortje Famke Daantje Lonneke Ymke Wietske Grietje Aaltje Jantje Klaasje
Jannes Harmen Douwe Durk Folkert Gerlof Hessel Jurjen Pieke Rintje Tjalling Wybren Bouke Tjitske Baukje
Froukje Hiske Ytje Berend Hendrika Jacoba Govert Ewout Wolter Coen Ignace Bavo Emiel Jorre Thibo Zeger Febe
Jitske Kaat Nore Oona Roosje Saartje Stien Yentl Evelien Mariëlle Natasja Annet Carolien Femmetje Geke Gonnie
Hetty Lenie Toos Hannie Hilda Ingvar Tindra Inger Torunn Christoffer Bjarne Preben Arild Håvard Torstein
Halvard Aarne Aatu Olavi Aili Riitta Pauliina Lilja Enni Halldór Hildur Þórunn Gunnhildur Sölvi Arnar Birkir
Kjartan Snorri Egill Gísli Hrafn Ásdís Brynja Eydís Hrefna Kolbrún Sólveig Steinunn Vigdís Vilgot Algot Elof
Tage Elisabet Irja Kajsa Lovisa Lisen Vendela Jytte Malene Dorte Ditte Karsten Thorkild Uffe Vagn Eskil Oddvar
Tarjei Torleif Åsmund Silje Bolesław Włodzimierz Eugeniusz Ireneusz Arkadiusz Martyna Vratislav Čestmír
Miloslava Ľudovít Radoslav Kvetoslava Ľudmila Slavomír Imrich Drahomíra Květa Terézia Nikoleta Lubomír Bořivoj
Hynek Jáchym Tadeáš Ignác Svatopluk Sobiesław Kazimiera Leokadia Bronisława Czesława Dobromir Gniewko Ksawery
Dagmara Jowita Luiza Malwina Gergő Ottó Tivadar Győző Lehel Áron Izabella Gyöngyi Sarolta Bernadett Ștefan
Laurențiu Lăcrămioara Luminița Ionela Georgeta Marioara Crina Sânziana Ionel Grigore Dorel Emanoil Fănel Nelu
Tiberiu Vlăduț Ákos Barna Elemér Márk Rezső Sebestyén Szilárd Tódor Aladár Bertalan Etelka Hedvig Lenke
Mariann Márta Kincső Borbála Dragoljub Radovan Velimir Mihajlo Ognjen Zlatko Domagoj Mladen Željko Elvir Almir
Nermin Tatjana Dijana Danijela Zorica Ružica Nevena Anđela Ivona Ajla Arben Besnik Bujar Dritan Fatmir Genti
Ilir Kujtim Shkëlzen Agron Arta Blerta Drita Elira Jonida Valbona Vjosa Žiga Blaž Urška Špela Tjaša Maša Neža
Charalambos Stamatis Yiannis Antonis Christoforos Dionysis Efthymios Markos Ourania Evdokia Androniki Miodrag
Radomir Ratko Stanko Živko Bratislav Dobrivoje Milutin Nebojša Vukašin Berislav Dragutin Andrija Zdravko
Ljubica Radmila Stana Verica Desanka Dragica Smiljana Bosiljka Zagorka Kiril Blagoja Zlatan Edina Muhamed Sead
Hasib Mersiha Edis Ajdin Kutay Mertcan Alparslan Gülsüm Asel Zümra Berna Beyza Gülay Yeliz Ayten Berrin Nilay
Abdurrahman Hilmi İsmet Mithat Necdet Nuri Recai Tahsin Talat Ertan Fuat Nevzat Özkan Suat Tansel Zekeriya
Emirhan Eymen Göktuğ Barkın Batu Aysel Aynur Birsen Fatoş Figen Güler Gülten Hafize Hayriye Nazan Necla Nevin
Nihal Nilgün Perihan Sabahat Sakine Saliha Semra Şenay Tülin Türkan Yurdagül Zübeyde Zuhal Aleyna Esila
Hiranur İlayda Almina Eslem Medine Nisanur Tuana Ahsen Bedia Cevdet Cüneyt Ekrem Esat Haydar İhsan İlyas Namık
Nurettin Rüstem Şakir Şinasi Tuncer Vehbi Veysel Zübeyir Ayhan Emrah Erdal Erkut Gökay Hakkı Ilgaz Nazif Okan
Orkun Sertaç Abdellah Nesma Shereen Majda Wissam Hosam Ihab Magdy Mohannad Nabeel Raouf Abdou Azzam Eyad Loay
Muhannad Suhail Dunia Ghalia Raghad Sundus Wijdan Aseel Rabih Samer Abdulmalik Abdulqadir Abdulrahim
Abdelmajid Abdessamad Hamdan Mubarak Saif Meshal Hamoud Mutlaq Dhafer Jassim Munira Shamma Mozah Maitha Lulwa
Jawaher Ghaida Hadeel Haneen Ruqaya Ouafae Khaoula Wafae Djamila Nassima Ouarda Yamina Abdelhamid Abdelkrim
Belkacem Boualem Smail Youcef Zoubir Faramarz Siavash Farshad Ghasem Jamshid Kambiz Mojtaba Shervin Yashar
Pardis Parvaneh Samaneh Afsaneh Laleh Nooshin Sarvenaz Zhila Mehrnoosh Atena Soheil Artin Benyamin Ilya
Gholamreza Aliakbar Mahyar Mazdak Shapour Khosrow Manouchehr Jalal Fardin Afshar Ariyan Daryoush Esmail Hirad
Mehrab Nariman Pooya Radman Roozbeh Shahrokh Sourena Zartosht Atousa Azita Delaram Farideh Fereshte Hamideh
Katayoun Mahboubeh Mahin Mahshid Mahvash Mastaneh Mehrangiz Mojdeh Nikoo Nousha Paniz Parinaz Pouran Sahba
Samin Sheida Sholeh Tannaz Yeganeh Matan Sagi Yoel Ephraim Naftali Haim Doron Hagai Nitzan Nava Ravit Hagit
Meital Ortal Tirtza Tzofia Vered Yifat Shiri Maor Liran Elya Dovid Hershel Nechemia Ovadia Refael Shimshon
Tzadok Yechezkel Yirmiyahu Yitzchak Zalman Shuki Yigael Zvika Avishai Eliav Hanoch Tuvia Yehiel Leora Meirav
Shulamit Zehavit Gefen Hadasa Ilanit Kinneret Neomi Ofri Racheli Shilat Tahel Tzlil Yuli Jide Adenike Folasade
Olayinka Oluwakemi Oreoluwa Tiwatope Olufunke Adesola Adetola Ademola Akinola Akintunde Ayotunde Seyi Laide
Olusegun Somtochukwu Ezinne Uchechi Nkiruka Akachi Zikora Chiebuka Osei Umaru Tijani Saadatu Mamadou Ousmane
Abdoulaye Ibrahima Modou Aliou Babacar Alassane Boubacar Seydou Souleymane Aminata Fatou Khady Aissatou Ndeye
Coumba Astou Oumou Rokhaya Kadiatou Sokhna Dieynaba Oluwatosin Oluwabunmi Ayobami Ayokunle Oluwole Olatunji
Bunmi Yemisi Nonso Ogochukwu Chiagozie Chukwuebuka Kwadjo Kwamina Paapa Ekuwa Maame Ayorkor Kotei Tetteh
Ayitey Selasi Makafui Aseye Sefakor Dzigbordi Sekou Mamady Lansana Fode Sidiki Mariatou Kadija Djeneba
Salimata Oumar Bakary Kouadio Kouassi Amoin Adjoua Affoué Koffi Ahou Kaveke Muriuki Waithera Habtamu Kassahun
Wondimu Zerihun Kidus Zewditu Abdi Cabdi Faarax Khadar Mahad Liban Mohamud Nasra Sagal Saado Ubah Hibo Warsame
Xasan Deeqa Fadumo Hawo Khadra Maryan Istahil Ikran Guled Tumusiime Nankya Namubiru Ssempa Nalwoga Uwimana
Mukamana Habimana Niyonzima Iradukunda Nshuti Mutoni Jabiri Mwinyi Hamadi Ramadhani Athumani Mohamedi Mwanaidi
Mwanamisi Zuhura Ndungu Jelagat Koech Kosgei Kemboi Chepngeno Jeptanui Wangeci Wangechi Njambi Wacera Kagwiria
Kawira Gatwiri Mukami Karimi Mwenda Muthomi Kirimi Murithi Mutuma Aoko Ogutu Onyancha Moraa Kerubo Nyaboke
Bosibori Kwamboka Nyamweya Mogaka Nyakundi Ogeto Makau Mwikya Nzioka Nthenya Kalondu Mbithe Aciro Lakot
Mukiibi Ssekandi Nassali Kobusingye Ainembabazi Atuhaire Ahimbisibwe Byaruhanga Twesigye Mbabazi Kyomuhendo
Asiimwe Akankwasa Natukunda Kakooza Ababiya Fikirte Konjit Netsanet Sosina Tsedey Ashenafi Gizaw Farhiya Nimco
Ruqiya Samatar Dhuxo Kowsar Editha Boyet Dodong Totoy Inday Danica Jinggoy Rizalino Benjie Honorio Isagani
Jejomar Lualhati Amihan Liwayway Marikit Luningning Makisig Hiraya Rosalinda Melchor Ramil Reynante Ruel
Carlito Mharlon Reymark Rhen Rhealyn Cristy Juvy Liezl Apolinario Gemalyn Annalyn Eleuterio Leodegario Macario
Pacifico Romualdo Rosauro Teofilo Tranquilino Venancio Zosimo Arsenio Cirilo Exequiel Leonilo Melencio
Restituto Teodulo Mabini Charito Elvie Emelita Jhoana Lani Lilibeth Lorelei Marietta Merlie Nelia Vilma Ylona
Janella Shaina Alden Zanjoe Nonito Manuelito Rolito Reynato Hendro Haryanto Suharto Sukarno Susilo Prasetyo
Purnomo Saputra Wibowo Wijaya Yulianto Sugiarto Darmawan Firmansyah Hermawan Irawan Lukman Ramadhan Syahrul
Raka Satria Wisnu Yosua Kamarul Afiq Ariff Badrul Fadzil Hisyam Nazri Rizal Sharul Razak Najib Mahathir Nining
Kartini Rini Setyaningsih Larasati Permata Salsabila Safitri Ulfa Nurhaliza Aishah Noraini Norazlina Rosnah
Salmah Zaleha Zuraidah Azizah Hasnah Faridah Rohani Suhaila Atiqah Batrisyia Hanis Athirah Najwa Amirah Shinta
Yuyun Ahmadi Ardi Bagas Danang Fauzi Guntur Putu Nengah Lanang Udin Ujang Asep Dadang Cecep Euis Neneng Yoyoh
Imas Ikhsan Jefri Novan Rendy Taufiq Tegar Zulfikar Andika Ayudia Dwiyanti Ekawati Fitriani Gusti Hartati
Herlina Juwita Kurniasih Marlina Meilani Purwanti Rahmawati Riska Rosmawati Sulastri Suparmi Suwarni Triyani
Wulandari Yuliani Baharuddin Hashim Hussin Jamaluddin Kamaruddin Nordin Shafie Shamsul Yusof Zulkarnain Azrul
Fadhil Hafizuddin Khairil Mukhriz Nazmi Raimi Ridhwan Syazwan Wafiy Zaim Hoai Huyen Quyen Truong Danh Doan
Hoan Khuong Luong Nhan Ninh Phuoc Triet Trieu Chinh Khiem Nhuan Thach Thuc Thuong Tuyen Vuong Cường Dương Hạnh
Hằng Hiền Hiếu Hồng Hưng Hương Huyền Ngọc Nguyệt Phụng Phương Quốc Quỳnh Thắng Thảo Thịnh Thuận Thủy Tiến
Trọng Tuấn Tuyết Việt Khải Thiện Diệp Diễm Điệp Hiệp Hoài Kiều Nhàn Nhiên Phượng Sương Thương Sloane Delaney
Brynlee Maddox Kaison Kyler Jayceon Nyla Oaklyn Brynleigh Kaylani Ailani Adalyn Adaline Kenzie Lainey Laney
Maci Hallie Kaia Kehlani Raegan Rayna Tatum Teagan Tenley Zariah Ansley Blakely Braelyn Briella Cataleya
Charleigh Elliana Emersyn Gracie Hadlee Haisley Jayla Journee Kennedi Kinslee Brinley Raelyn Raelynn Jaylee
Makenna Mckenna Ainsley Madelynn Maliyah Oaklee Stevie Alaina Alayna Amaya Beatrix Lottie Edie Araminta Giles
Clive Eustace Barnaby Jenson Dervla Narelle Lois Makayla Mikayla Brynn Kinley Tinsley Rylan Ryland Jaden
Jordyn Kamryn Kendra Mallory Tiffani Jarrett Tyson Brennan Keegan Quincy
Siim Kristiina Kadri Tõnu Priit Kaarel Margus Triin Liis Kertu Maarja Tiit Peeter Urmas Raivo Indrek Kalev
Toomas Kaido Ülle Merike Aivar Hillar Kristjan Taavi Tanel Madis Jaanus Janek Joosep Mihkel Mairi Kairi Pille
Anneli Tiina Sirje Katrin Kristel Eveli Karmen Kätlin Liisa Merilin Marju Ülo Jüri Tarmo Meelis Veiko Lauri
Rauno Risto Siiri Mārtiņš Sergejs Aleksandrs Andrejs Jevgenijs Vladislavs Jeļena Tatjana Anastasija Ksenija
Viktorija Jurijs Dmitrijs Natalja Arturs Artūrs Edgars Kaspars Kristaps Raimonds Valdis Uldis Aigars Agris
Guntis Ivars Gatis Reinis Līga Inese Kristīne Evija Agnese Baiba Sanita Laila Gunta Sarmīte Elīna Anete Madara
Aiga Iveta Vineta Daiga Zanda Gintarė Gintaras Aistė Agnė Jurgita Dovilė Karolis Povilas Paulius Vytautas
Rimantas Žydrūnas Arūnas Saulius Tadas Deividas Justinas Mindaugas Domantas Eimantas Ignas Giedrius Kęstutis
Algirdas Vilius Aurimas Edvinas Ramūnas Ugnė Gabija Kotryna Austėja Rugilė Skaistė Živilė Jolanta Daiva Birutė
Neringa Indrė Jūratė Audronė Laimutė Giorgi Davit Levan Irakli Tamar Mariam Salome Zurab Tornike Otar Lasha
Beka Mariami Tamta Natia Ketevan Teona Mzia Gela Shota Vakhtang Revaz Temur Gocha Koba Guram Tengiz Zviad
Ekaterine Nestan Wendell Mei Piet Fatoumata Mariama Hawa Dakota
Somchai Somsak Wichai Anan Pimchanok Ratchanee Siriporn Supaporn Nattapong Thanawat Kittipong Chaiwat Sompong
Malee Arthit Narong Prasert Surachai Wanida Nattaya Kanokwan Apinya Somying Pornthip Wipawee Thanakrit Jirawat
Nattawut Sakda Kamol Sunisa Orathai Chanida Rattana Pranee Kittisak Worawut Chatchai Panupong Siriwan Duangjai
Jintana Kanya Nipaporn Pattama Ratana Sukanya Tanawat Teerapong Weerachai Yupin
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter((n) => n.length > 0));

/**
 * Core and wider lexicon together, for checks after a match: a word right after a name label, a
 * greeting or under a sign-off is a given name when it is in here. 8,000 names in a Set cost
 * nothing per lookup, where the same in the pattern made its first compile take 360 ms.
 */
export const ALL_GIVEN_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES, ...`${MORE_NAMES} ${ALPINE_AND_COMPOUND_NAMES} ${WORLD_NAMES}`.split(/\s+/u).filter((n) => n.length > 0)]);

/**
 * Greek given names in Greek script, as written in the nominative (Γιώργος, Κατερίνα) and, for the
 * men's, the vocative a chat or a letter addresses them in (Γιώργο, Δημήτρη): with a capitalised
 * word after them, a Greek full name. Written with their accent; the capitals' forms are derived.
 */
export const GREEK_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `
Γιώργος Γεώργιος Δημήτρης Δημήτριος Κωνσταντίνος Κώστας Νίκος Νικόλαος Γιάννης Ιωάννης Παναγιώτης Βασίλης Βασίλειος Χρήστος
Αθανάσιος Θανάσης Μιχάλης Μιχαήλ Ευάγγελος Βαγγέλης Σπύρος Σπυρίδων Αντώνης Αντώνιος Ανδρέας Στέλιος Στυλιανός Παύλος Πέτρος
Θεόδωρος Θοδωρής Ηλίας Εμμανουήλ Μανώλης Αλέξανδρος Αλέξης Σωτήρης Σωτήριος Χαράλαμπος Χάρης Απόστολος Άγγελος Στέφανος Φώτης
Λευτέρης Ελευθέριος Τάσος Αναστάσιος Σταύρος Γρηγόρης Γρηγόριος Θωμάς Λεωνίδας Ιάκωβος Μάριος Άρης Φίλιππος Ορέστης Κυριάκος
Διονύσης Διονύσιος Ευστάθιος Στάθης Περικλής Πρόδρομος Μάρκος Λάμπρος Νεκτάριος Ραφαήλ Αχιλλέας Τιμόθεος Ευθύμιος Θύμιος
Μαρία Ελένη Αικατερίνη Κατερίνα Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Ευαγγελία Παναγιώτα Ιωάννα Χριστίνα
Αναστασία Ειρήνη Δέσποινα Θεοδώρα Ευδοκία Σταματία Αλεξάνδρα Νικολέτα Χαρίκλεια Μαρίνα Φωτεινή Αθηνά Ευτυχία Παρασκευή Κυριακή
Αντωνία Στυλιανή Ελισάβετ Ζωή Άννα Έλενα Νεφέλη Δανάη Ραφαέλα Μυρτώ Όλγα Πηνελόπη Ευγενία Ουρανία Αργυρώ Βαρβάρα Χρυσούλα
Ευθυμία Μελίνα Ηλιάνα Σταυρούλα Λαμπρινή Ευανθία Αλίκη Φανή Βούλα Ρένα Τασούλα Κική Λένα Νάσια Ματίνα Ντίνα
Γιώργο Δημήτρη Κώστα Νίκο Γιάννη Παναγιώτη Βασίλη Χρήστο Θανάση Μιχάλη Βαγγέλη Σπύρο Αντώνη Στέλιο Παύλο Πέτρο Θοδωρή Ηλία
Μανώλη Αλέξη Σωτήρη Χάρη Φώτη Λευτέρη Τάσο Σταύρο Γρηγόρη Κυριάκο Λάμπρο Μάρκο
`
    .split(/\s+/u)
    .filter((n) => n.length > 0),
);

/**
 * Korean and Chinese surnames as romanised, which come first in names written the East Asian way
 * (Hwang Seo-jun, Lim Da-eun, Zhang Xinyi): with a known given name after them, the pair is a name.
 */
const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  ('Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin Kwon Hwang Ahn An Song ' +
    'Yoo Yu Hong Jeon Jun Ko Go Moon Mun Yang Son Bae Baek Heo Nam Sim Noh Ha Kwak Seong Sung Cha Joo Ju Woo Koo Gu Min Jin Na Ji Eom Chae ' +
    'Won Cheon Bang Gong Hyun Ham Byun Yeom Yeo Chu Do So Seok Sun Seol Ma Gil Yeon Wi Pyo Myung Ki Ban Wang Geum Ok Yuk In Maeng Je Mo Tak ' +
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao ' +
    'Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lyu Ding Ren Shen Yao Lu Cui Zhong Tan Fan Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu ' +
    'Yin Xue Yan Duan Lei Hou Long Shi Tao Li He Gu Mao Hao Gong Shao Wan Qian Dai Mo Kong Xiang Chang Wen Kang Shi Niu Fan Ge Xing An Qi Yi Qiao Wu ' +
    'Pang Zhuang Nie Zhang Lu Yue Zhai Yin Zhan Shen Ou Geng Guan Lan Jiao Yu Zuo Liu Gan Zhu Bao Ning Shang Fu Shu Ruan Ke Ji Mei Tong Ling Bi').split(' '),
);

/**
 * Korean given names as romanised in Western order (Seoyoung Park, Minjun Lee): two syllables, often
 * the commonest names of the last fifty years. Beside one of them, a surname that is an English word
 * too (Park, Song, Moon) is the surname.
 */
const KOREAN_GIVEN_NAMES: ReadonlySet<string> = new Set(
  ('Jihoon Jihun Minjun Seojun Dohyun Dohoon Siwoo Hajun Juwon Yejun Jiho Seoyeon Seoyun Jiwoo Seohyun Minseo Haeun Hayoon Jiyoon Yujin ' +
    'Jimin Subin Minji Eunji Hyejin Jiyeon Sujin Yuna Hyunwoo Junho Minho Jaehyun Sungmin Donghyun Jinwoo Seungwoo Jongmin Kyungho ' +
    'Youngjae Sanghoon Jaewon Woojin Hyunjin Soyeon Dahyun Chaeyoung Nayeon Jisoo Yerin Sohee Seulgi Eunbi Minjae Seoyoung Jiwon Haneul ' +
    'Sumin Yeji Hyunseo Minsu Minseok Minseong Seunghyun Taehyun Junseo Yeonwoo Eunwoo Sihyun Chaewon Yewon Dayeon Soyoung Jaehoon ' +
    'Sungho Youngho Kwangho Jungho Hyunsoo Jinhee Mijin Eunjung Hyunjoo Sunhee Younghee Jihye Jiyoung Hyeri Boram Seoah Ahyoung Jieun ' +
    'Eunseo Minkyu Jonghyun Jeongmin Seojin Hyeonwoo Yoonseo Jaemin Taeyoung Sangwoo Heejin Seungmin Yeonjun Dongwook Kyungmin').split(' '),
);

/** A two-word name written the Western way whose given name is Korean and whose surname is Korean (Seoyoung Park). */
export function isKoreanWesternOrderName(words: readonly string[]): boolean {
  return words.length === 2 && KOREAN_GIVEN_NAMES.has(words[0] as string) && EAST_ASIAN_SURNAMES.has(words[1] as string);
}

/** `BEAT` → `Beat`, `JOSÉ` → `José`, `ANNA-LENA` → `Anna-Lena`, `HATİCE` → `Hatice` (Turkish İ lower-cases to i and a combining dot). */
export function titleCase(w: string): string {
  return w
    .toLowerCase()
    .replace(/i\u0307/gu, 'i')
    .replace(/(^|-)(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Folds case and the common Latin accents, so `Müller` meets `mueller` or `muller`, `Côté` meets `cote`. */
export function foldName(s: string): string {
  const folded = s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '');
  // (Letters NFD keeps whole, as an address's local part spells them: ø as o, æ as ae, ß as ss, ł as l, đ as d.)
  return /[øæœßłđþ]/u.test(folded) ? folded.replace(/ø/gu, 'o').replace(/æ/gu, 'ae').replace(/œ/gu, 'oe').replace(/ß/gu, 'ss').replace(/ł/gu, 'l').replace(/đ/gu, 'd').replace(/þ/gu, 'th') : folded;
}

/** A Korean or Chinese surname as romanised (`Zhou`, `Park`). */
export function isEastAsianSurname(word: string): boolean {
  return EAST_ASIAN_SURNAMES.has(word);
}

/** The prefixes of given names written with a capital after them (DeAndre, LaToya, KeShawn): the lexicon spells such a name with its first letter alone in capitals. */
const INNER_CAPITAL_PREFIX = '(?:De|La|Da|Ja|Le|Ke|Ta|Sha)';
/** Such a prefix where a pattern reads a given name's first letters. */
export const INNER_CAPITAL_GIVEN_SOURCE = `${INNER_CAPITAL_PREFIX}(?=[A-Z][a-z])`;
const INNER_CAPITAL_GIVEN = new RegExp(`^${INNER_CAPITAL_PREFIX}[A-Z][a-z]{2,20}$`, 'u');

/**
 * The part of a hyphenated given name that the lexicon is asked about: the first (Anne of
 * Anne-Marie), or, for a Korean given name romanised with its second syllable in lower case
 * (Hyun-woo, Ji-hoon), the whole name without its hyphen (Hyunwoo), so that a word with a
 * lower-case suffix (Mark-up) is no given name. (And a name with an inner capital as the lexicon
 * spells it: see INNER_CAPITAL_PREFIX.)
 */
export function toGivenPart(first: string): string {
  const dash = first.indexOf('-');
  if (dash === -1) return INNER_CAPITAL_GIVEN.test(first) ? first.charAt(0) + first.slice(1).toLowerCase() : first;
  const next = first.charCodeAt(dash + 1);
  return next >= 97 && next <= 122 ? first.slice(0, dash) + first.slice(dash + 1) : first.slice(0, dash);
}

/**
 * The given name of a name written with its words in order: the first word, or the second when
 * the first is an East Asian surname and the second a known given name (Hwang Seo-jun).
 */
export function givenNameOf(words: readonly string[]): string {
  const first = words[0] ?? '';
  const second = words[1];
  if (second !== undefined && EAST_ASIAN_SURNAMES.has(first) && ALL_GIVEN_NAMES.has(second) && !ALL_GIVEN_NAMES.has(first)) return second;
  return first;
}

/** Surnames that only ever stand in for a name ("John Doe", "Max Mustermann", "Joe Bloggs"). */
export const PLACEHOLDER_SURNAMES: ReadonlySet<string> = new Set(['Doe', 'Roe', 'Mustermann', 'Musterfrau', 'Bloggs', 'Example', 'Sample', 'Tester', 'Placeholder', 'Public', 'Member', 'Testperson',
  // the IRS's John Q. Taxpayer
  'Taxpayer',
  // Australia's and New Zealand's John Doe: forms and government samples print Jane and John Citizen
  'Citizen',
  // French's John Doe (Monsieur Untel, Jean Untel)
  'Untel',
  // "Example" in the languages of forms' samples (`Jean Exemple`, `Juan Ejemplo`, `Max Beispiel`)
  'Exemple', 'Ejemplo', 'Esempio', 'Exemplo', 'Beispiel', 'Voorbeeld', 'Exempel', 'Eksempel', 'Esimerkki', 'Przykład', 'Örnek', 'Ornek',
  // "Test" as Polish and Czech surnames (`Jan Testowy`, `Anna Testowa`, `Zákazník Testovací`)
  'Testowy', 'Testowa', 'Testovací', 'Testovaci',
  // the words for a surname and a test in forms' placeholders (`"family": "Apellido"`, `PRUEBA`)
  'Apellido', 'Apellidos', 'Nombre', 'Cognome', 'Nachname', 'Achternaam', 'Sobrenome', 'Nazwisko', 'Prueba', 'PRUEBA', 'Pruebas', 'PRUEBAS', 'Teste', 'TESTE', 'Prova', 'PROVA']);

/** Placeholder full names whose surname is also a real, common one. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  'Mario Rossi', 'Jan Kowalski', 'Anna Kowalska', 'Anna Nowak', 'Jean Dupont', 'Ola Nordmann', 'Kari Nordmann', 'Juan Pérez', 'Fulano de Tal',
  'John Smith', 'Jane Smith', 'Erika Musterfrau', 'Hans Muster', 'Jan Jansen', 'Jan Modaal', 'Otto Normalverbraucher',
  'Joe Smith', 'John Citizen', 'Jane Citizen', 'Fred Nurk', 'Juan del Pueblo', 'Tommy Atkins', 'Erika Mustermann',
  // the Nordic, Czech and Hungarian stand-ins
  'Sven Svensson', 'Anna Svensson', 'Jens Hansen', 'Mette Hansen', 'Matti Meikäläinen', 'Maija Meikäläinen', 'Jan Novák', 'Jana Nováková', 'Gipsz Jakab',
  // and the Nordic test customers, Donald Duck by his Swedish, Danish and Norwegian names, Sweden's Tolvan
  'Kalle Anka', 'Anders And', 'Donald Duck', 'Tolvan Tolvansson',
  // Stripe's documentation customer
  'Jenny Rosen',
  // the people of AWS's documentation examples (IAM users, authors of commits and pull requests)
  'Mary Major', 'Nikhil Jayashankar', 'Saanvi Sarkar', 'Mateo Jackson', 'Martha Rivera', 'Nikki Wolf', 'Pat Candella', 'Terry Whitlock',
  'Alejandro Rosalez', 'Shirley Rodriguez', 'Akua Mansa', 'Efua Owusu',
  // Spain's stand-ins (Juan Español, Juan Español Español), and a test customer
  'Juan Español', 'Juan Español Español', 'Juana Española', 'Cliente Prueba', 'Usuario Prueba',
  // Hong Kong's and Singapore's stand-ins (陳大文, the forms' Chan Tai Man; Tan Ah Kow), and Malaysia's
  'Chan Tai Man', 'Chan Siu Ming', 'Tan Ah Kow', 'Ali bin Abu',
  // Turkey's and Romania's form stand-ins
  'Ahmet Yılmaz', 'Ion Popescu',
  // Vietnam's and Thailand's (Nguyễn Văn A, Trần Thị B; Somchai Jaidee, สมชาย ใจดี)
  'Nguyễn Văn A', 'Nguyễn Văn B', 'Nguyễn Thị A', 'Nguyễn Thị B', 'Trần Văn B', 'Trần Thị B', 'Nguyen Van A', 'Nguyen Van B', 'Tran Thi B',
  'Somchai Jaidee', 'Somying Jaidee', 'สมชาย ใจดี', 'สมหญิง ใจดี',
]);

/**
 * Companies and brands named after a person, which statements, receipts and order exports name as
 * merchants: "Albert Heijn" is a supermarket chain, not a customer.
 */
export const NAMED_BRANDS: ReadonlySet<string> = new Set([
  'Albert Heijn', 'Hugo Boss', 'Calvin Klein', 'Tommy Hilfiger', 'Ralph Lauren', 'Louis Vuitton', 'Marc Jacobs', 'Giorgio Armani',
  'Karl Lagerfeld', 'Christian Dior', 'Yves Rocher', 'Ted Baker', 'Paul Smith', 'Jack Wolfskin', 'Tom Tailor', 'John Lewis',
  'Tim Hortons', 'Ben Sherman', 'Laura Ashley', 'Kate Spade', 'Michael Kors', 'Tory Burch', 'Vera Wang', 'Hans Anders',
  'Wells Fargo', 'Morgan Stanley', 'Charles Schwab', 'Edward Jones', 'Jack Daniels', 'Ernst Young',
  'Thomas Cook', 'Marks Spencer', 'Louis Philippe', 'Peter England', 'Allen Solly', 'Van Heusen',
  // AI assistants and voice assistants a chat greets by a given name ("Hi Claude, can you…"): alone, never a person here
  'Claude', 'Alexa', 'Siri', 'Cortana',
  // cities that read as a given name and a surname
  'Rio de Janeiro', 'San Diego', 'San Francisco', 'San Jose', 'San José', 'San Antonio', 'San Juan', 'Santa Clara', 'Santa Monica',
  'Santa Cruz', 'Santa Fe', 'Santa Barbara', 'Santa Catarina', 'Santo Domingo', 'Santo André', 'São Paulo', 'São José',
  'Porto Alegre', 'Belo Horizonte', 'Saint Louis', 'Saint Paul', 'Paulo Afonso',
]);

/**
 * Fictional characters and public figures that seed data, tests and docs use as sample people
 * ("Sherlock Holmes", "Ada Lovelace"): public, not anyone's personal data.
 */
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set([
  // writers and historical figures whose names are streets, schools and test data everywhere
  'Li Ka-shing', 'Jackie Chan', 'Bruce Lee', 'Victor Hugo', 'Émile Zola', 'Emile Zola', 'Jules Verne', 'Albert Camus', 'Jean Jaurès', 'Jean Jaures', 'Charles de Gaulle', 'Marie Curie',
  'Sherlock Holmes', 'John Watson', 'Homer Simpson', 'Marge Simpson', 'Bart Simpson', 'Lisa Simpson', 'Harry Potter', 'Hermione Granger',
  'Ron Weasley', 'Tony Stark', 'Bruce Wayne', 'Peter Parker', 'Clark Kent', 'Diana Prince', 'Luke Skywalker', 'Leia Organa', 'Han Solo',
  'Darth Vader', 'James Bond', 'Walter White', 'Jesse Pinkman', 'Jon Snow', 'Arya Stark', 'Ned Stark', 'Frodo Baggins', 'Bilbo Baggins',
  'Rick Sanchez', 'Morty Smith', 'Mickey Mouse', 'Donald Duck', 'Dwight Schrute', 'Michael Scott', 'Leslie Knope', 'Ron Swanson',
  'Pippi Långstrump', 'Astrid Lindgren', 'Ted Lasso', 'Lara Croft', 'Indiana Jones', 'Forrest Gump', 'Ellen Ripley', 'Sarah Connor', 'John Wick', 'Alice Liddell', 'Tyler Durden',
  'Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Linus Torvalds', 'Margaret Hamilton', 'Dennis Ritchie', 'Ken Thompson',
  'Tim Berners-Lee', 'Albert Einstein', 'Marie Curie', 'Isaac Newton', 'Nikola Tesla', 'Charles Babbage', 'Edsger Dijkstra',
  'Donald Knuth', 'Barbara Liskov', 'Katherine Johnson', 'Richard Stallman', 'Bill Gates', 'Steve Jobs', 'Steve Wozniak', 'Elon Musk',
  'Jeff Bezos', 'Mark Zuckerberg', 'Satya Nadella', 'Sundar Pichai', 'Guido van Rossum', 'Brendan Eich', 'Claude Shannon',
  // national writers, composers, scientists and statesmen whose names are books' authors, streets and quiz questions
  'Adam Mickiewicz', 'Juliusz Słowacki', 'Henryk Sienkiewicz', 'Bolesław Prus', 'Maria Konopnicka', 'Eliza Orzeszkowa', 'Stanisław Lem', 'Wisława Szymborska',
  'Czesław Miłosz', 'Fryderyk Chopin', 'Mikołaj Kopernik', 'Maria Skłodowska', 'Józef Piłsudski', 'Lech Wałęsa', 'Karel Čapek', 'Božena Němcová', 'Václav Havel',
  'Konrad Adenauer', 'Willy Brandt', 'Helmut Kohl', 'Helmut Schmidt', 'Angela Merkel', 'Otto von Bismarck', 'Johann Wolfgang von Goethe', 'Friedrich Schiller',
  'Ludwig van Beethoven', 'Wolfgang Amadeus Mozart', 'Johann Sebastian Bach', 'Sigmund Freud', 'Franz Kafka', 'Thomas Mann', 'Martin Luther',
  'Mahatma Gandhi', 'Jawaharlal Nehru', 'Rabindranath Tagore', 'Abdul Kalam', 'Swami Vivekananda', 'Subhas Chandra Bose', 'Bhagat Singh', 'Srinivasa Ramanujan',
  'Pan Tadeusz', 'Selma Lagerlöf', 'Alfred Nobel', 'Henrik Ibsen', 'Edvard Munch', 'Hans Christian Andersen', 'Søren Kierkegaard', 'Jean Sibelius',
  // Brazil's and Portugal's, whom exam courses and their landing pages cite
  'Machado de Assis', 'Clarice Lispector', 'Carlos Drummond de Andrade', 'Fernando Pessoa', 'Paulo Freire', 'Djamila Ribeiro', 'Graciliano Ramos', 'Cecília Meireles',
  'Jorge Amado', 'Guimarães Rosa', 'João Guimarães Rosa', 'Monteiro Lobato', 'Castro Alves', 'Gilberto Freyre', 'Sérgio Buarque de Holanda', 'Darcy Ribeiro',
  'Luís de Camões', 'José Saramago', 'Eça de Queirós', 'Sophia de Mello Breyner Andresen', 'Zygmunt Bauman', 'Hannah Arendt', 'Simone de Beauvoir',
]);

/** Places whose two words read as a given name and a surname ("Hong Kong"). */
const PLACE_NAMES: ReadonlySet<string> = new Set(['Hong Kong', 'Costa Rica', 'Puerto Rico', 'Sri Lanka', 'San Marino', 'Kuala Lumpur', 'Abu Dhabi',
  // Brazilian cities and districts named as people are (a capital named after a governor; Salvador's Rio Vermelho)
  'João Pessoa', 'Joao Pessoa', 'Rio Vermelho', 'Getúlio Vargas', 'Santos Dumont', 'Teófilo Otoni', 'Governador Valadares', 'Marechal Deodoro', 'Duque de Caxias',
]);

/** A placeholder person, a public figure, a place or a brand named after a person: not anyone's personal data. */
/** A town's or a public body's own name that reads as a given name, a particle and a surname: `Ville de Lille`, `Mairie de Paris`. */
const PUBLIC_BODY = /^(?:Ville|Mairie|Commune|Métropole|Metropole|Région|Region|Département|Departement|Préfecture|Prefecture|Stad|Gemeente|Stadt|Gemeinde|Città|Comune|Ciudad|Ayuntamiento|Cidade|Câmara|Camara) (?:de|d['’]|du|des|la|van|der|di|del|do|da) |^(?:Gemeente|Gemeinde|Stadt|Stad|Kommune|Kommun|Provincie|Waterschap|Stichting|Vereniging|Landkreis|Kreis|Bezirk) /u;

/** A test account's stand-in name in the languages of the exports: Testgebruiker, Testnutzer, Testkunde, Testpatient. */
const TEST_PERSON = /(?:^| )Test(?:gebruiker|gebruikster|nutzer|benutzer|person|persoon|user|kunde|klant|patient|patiënt|utilisateur|usuario|utente)(?: |$)|^(?:Test|Demo|Sample|Dummy) (?:Tenant|Landlord|Owner|Customer|Client|User|Member|Patient|Student|Employee|Applicant|Guest|Account|Person)$/iu;

export function isPlaceholderOrBrand(name: string): boolean {
  return PLACEHOLDER_NAMES.has(name) || PUBLIC_FIGURES.has(name) || PLACE_NAMES.has(name) || NAMED_BRANDS.has(name) || native(PUBLIC_BODY).test(name) || native(TEST_PERSON).test(name);
}


/** Capitalised words that follow a given name in code and docs but are not surnames. */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(
  (
    'Setup Tax Test Benz Sprinter Shortcuts Tests Testing Testcase Homologação Homologacao Homologación Automation Synthetic Onboarding Payouts Delivery Build Builds Release Releases Deploy Deployment Install Run Runner Check Checks Lint Update Updates ' +
    'Upload Download Cache Config Configuration Server Client Api Docs Doc Package Packages Version Action Actions Job Jobs ' +
    // a marketplace's desks in Portuguese and Spanish ("… Vendedores", a WhatsApp Business account for sellers)
    'Vendedores Vendas Ventas ' +
    // public bodies and offices ("Municipalidad de Rosario", "Tesorería Municipal")
    'Municipalidad Municipio Intendencia Tesorería Tesoreria Gobierno Ministerio Secretaría Secretaria Alcaldía Alcaldia Ayuntamiento Prefeitura Gobernación Provincia Departamento Dirección Direccion Subsecretaría Consejo Concejo Junta Registro Hospital Clínica Clinica Universidad Comune Gemeinde Stadtverwaltung ' +
    // a sender's team or stage after a product's name ("Relaymesh Dev <dev-notify@…>")
    'Dev Devs Staging Prod Production Sandbox Alerts Notifications Notify Mailer Ops Billing Noreply ' +
    'Step Steps Workflow Node Java Python Ruby Go Rust Language Project Team Group User Users Admin Support Service Services ' +
    'Bot App Application Desktop Manager Studio Code Editor Street Avenue Road Lane Drive Way Place Platz Straße Strasse Weg ' +
    'String Int Integer Number Boolean Bool Text Optional Varchar Char Str Any Object None Null True False Required Array ' +
    'List Map Set Date Time Type Types Model Models Data Database Table Field Fields Schema Class Interface Module Function ' +
    'Script Scripts Tool Tools Library Framework Plugin Plugins Extension Component Components Page Pages Home Main Index ' +
    'Error Errors Warning Info Debug Log Logs Logger Event Events Handler Controller View Views Template Templates Style ' +
    'Theme Color Font Icon Image Images File Files Folder Path Url Link Links Email Phone Address Name Names Id Key Value ' +
    'Account Accounts Profile Settings Options Preferences Report Reports Dashboard Search Filter Sort Login Logout Signup ' +
    'Register Password Token Session Cookie Cache Queue Worker Workers Task Tasks Cron Timer Scheduler Monitor Metrics ' +
    'Stats Analytics Chart Charts Graph Grid Layout Header Footer Sidebar Menu Button Form Input Output Modal Dialog ' +
    'Notebook Notebooks Kernel Compiler Core Common Utils Util Helpers Helper Base Default Custom Generic Simple Basic ' +
    'Advanced Pro Plus Lite Mini Max Beta Alpha Stable Nightly Preview Demo Example Examples Sample Samples Tutorial Guide ' +
    'Inc Ltd Llc Gmbh Corp Corporation Company Co Group University College School Campus Institute Foundation Hospital Bank ' +
    'Airport Station Park Hotel Museum Church Center Centre Square Bridge River Lake Mountain Island Valley Beach City ' +
    'County State Country North South East West Street Day Week Month Year Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday January February March April May June July August September October November December ' +
    'President Chairman Chairwoman Chair Secretary Ambassador Mayor Speaker Director Professor Doctor Minister Senator ' +
    'Governor Judge Officer Colleague Colleagues Customer Customers Sir Madam Madame All Everyone Team ' +
    // a shop's or a product's trade after a founder's or a deity's name ("<name> Sweets", "<name> Traders", "<name> Toned Milk")
    'Sweets Traders Trading Enterprises Agencies Stores Store Mart Foods Food Fruits Milk Dairy Bakery Bakers Textiles Garments ' +
    'Jewellers Jewelers Electronics Electricals Hardware Motors Medicals Opticals Opticians Optics Pharma Pharmacy Chemists Provisions Kirana Caterers ' +
    'Restaurant Cafe Café Bhavan Bhandar Industries Exports Imports Logistics Travels Tours Constructions Builders ' +
    // a travel agency's trade in its own languages ("<name> Viaggi Roma", "<name> Viagens", "<name> Reisen")
    'Travel Viaggi Viagens Viajes Voyages Reisen Turismo ' +
    'Ceramics Retail Plastics Polymers Castings Forgings Packaging Pharmaceuticals Chemicals Steels Tiles Paints Agro Agrotech Infra Infratech Realty ' +
    // a mobile-money agent's or a corner shop's trade ("<name> Shop", "<name> Butchery", "<name> Cyber")
    'Shop Shops Supermarket Minimart Boutique Butchery Cyber Wines Spirits Salon Saloon Barbers Kiosk Duka Agrovet Agrovets ' +
    'Ventures Investments Supplies Stationers Stationery Fashions Beauty Communications Services Solutions Holdings Hardwares ' +
    // a site's or a shared mailbox's name ("Gary Yard", "Dispatch Shared Mailbox", "Fraud Escalations")
    'Yard Depot Terminal Warehouse Plant Hub Mailbox Escalations ' +
    // a university's offices as a mail's sender ("Northbridge Admissions <admissions@…>")
    'Admissions Registry Timetabling Examinations Accommodation Wellbeing Estates ' +
    // a CI system's commits ("Azure Pipelines <ci-bot@…>")
    'Pipelines Pipeline ' +
    // Turkish institutions and desks after a founder's or a brand's given name ("<name> Hastanesi", "<name> Randevu")
    'Hastanesi Hastaneleri Hastane Sağlık Saglik Tıp Merkezi Kliniği Klinigi Polikliniği Poliklinigi Üniversitesi Universitesi Eczanesi Holding Grubu Vakfı Vakfi Belediyesi Randevu Destek Çağrı Cagri'
  ).split(' '),
);

/** Given names that are also common words at a sentence's start ("Will, …", "May I…", "Grace period"; South African English's Haibo and Eish, "wow" and "oh no"). */
export const WORD_NAMES: ReadonlySet<string> = new Set(
  'Piers Hector Mercy Haibo Eish Will May June April August Mark Bill Grace Hope Joy Faith Summer Chase Sky Rose Lily Ivy Daisy Poppy Hazel Dawn Autumn Winter Love Honor Patience Sunny Rich Don Guy Jack Pat Art Bob Sue Ray Dean Drew Earl Frank Gene Jean Miles Norm Rob Victor Wade Sandy Rusty Bud Max Sol Angel Amber Crystal Ruby Pearl Jade Iris Violet Holly Heather Nick Sam Ben Tom Pete Mike Dan Ken Kim Lee Jan Ole Per Bo Al Ed Dale Misty'.split(
    ' ',
  ),
);

/** A given name standing alone (a chat speaker, a mention): in the wider lexicon, and not a word that follows names in code. */
export function isLoneGivenName(word: string): boolean {
  return ALL_GIVEN_NAMES.has(word) && !NOT_SURNAMES.has(word) && !NAMED_BRANDS.has(word);
}

/** A login in lower case that is a given name alone (`maya`, `marco`): it names no one outside the team (sessions 29–31). */
export function isLoneGivenNameLogin(login: string): boolean {
  return /^[a-z]{3,15}$/u.test(login) && isLoneGivenName(login.charAt(0).toUpperCase() + login.slice(1));
}

/** A given name alone that reads as a person in running text: not a word too (`Will`, `Grace`, `May`). */
export function isLoneGivenNameInProse(word: string): boolean {
  return isLoneGivenName(word) && !WORD_NAMES.has(word);
}

/** Test and placeholder patients of health messages (HL7, X12): TEST^PATIENT, DOE^JOHN, ZZTEST… (a regex source, upper case). */
export const TEST_PATIENT_WORDS = 'TEST|ZZ\\w*|PATIENT|DOE|UNKNOWN|ANONYMOUS|DUMMY|TRAINING|EVERYMAN|EVERYWOMAN';

/** Words of a place or a desk in an HL7 name field (`SURGERY^PRACTICE`, `REGISTRATION^KIOSK`): a practice's or a kiosk's entry, no person's. */
export const HL7_NOT_A_PERSON_WORDS = 'SURGERY|PRACTICE|KIOSK|REGISTRATION|CLINIC|HOSPITAL|LAB|LABORATORY|DEPARTMENT|DEPT|SYSTEM|INTERFACE|PHARMACY|RADIOLOGY|PATHOLOGY|SERVICES?|CENT(?:RE|ER)|GROUP|PARTNERS|MEDICAL|HEALTH|CARE';

/**
 * Words of a bot's, a channel's, a team's or a business account's name, not a person's (`Shop
 * Support`, a wallet's WhatsApp Business account `… Pago`, a clinic's `… Dental`).
 */
export const BOT_OR_TEAM_WORD = native(
  /\b(?:bot|support|service|team|admin|channel|group|news|info|notifications?|alerts?|helpdesk|official|shop|store|bank|pay|pagos?|banco|tienda|soporte|suporte|ayuda|asistente|assistant|atendimento|kundenservice|kundendienst|servicios?|seguros|vets?|clinic|cl[ií]nica|dental|energ(?:y|ie|ia)|telecom|express|delivery|logistics|vendedores|vendas|sellers|equipe|loja|marketplace|credit|loans?|lending|finance|microfinance|fintech|wallet|naija)\b/iu,
);

/**
 * An organisation's word in a value read as a name (`"customer_name": "Acme Trading Ltd"`, a
 * merchant's `Kavya Organics` in a row beside its owner's details): a legal form or a trade's noun.
 */
export const ORGANISATION_WORD = native(/(?:^| )(?:Inc|Ltd|LLC|GmbH|Corp|Corporation|Company|Co|SA|SAS|SARL|BV|AG|PLC|Pty|Limited|Teoranta|Group|Holdings|Bank|University|School|Hospital|Clinic|Foundation|Services|Solutions|Technologies|Tech|Store|Shop|Trading|Enterprises|PT|CV|Tbk|JSC|Ltda|ME|EIRELI|SpA|Srl|SRL|SL|SLU|KG|OHG|eG|e\.V|UG|Oy|AB|AS|ApS|NV|Kft|Zrt|sp\. z o\.o|S\.A|S\.L|S\.p\.A|S\.r\.l|Soluções|Solucoes|Soluciones|Servicios|Serviços|Comercio|Comércio|Indústria|Industria|Tecnologia|Tecnología|Consultoria|Engenharia|Distribuidora|Construtora|Transportes|Logística|Logistica|Holding|Participações|Participacoes|Organics|Naturals|Handlooms|Textiles|Traders|Exports|Imports|Foods|Crafts|Designs|Studios?|Ceramics|Bakery|Roasters|Boutique|Fashions?|Jewell?ers|Pharma|Labs|Motors|Logistics|Consulting|Ventures|Creations|Collective|Supplies|Farms|Wellness|Interiors|Apparel|Industries|Associates|Agency|Grupo|Banco|Aseguradora|Seguros|Laboratorios|Laboratório|Laboratórios|Constructora|Inmobiliaria|Farmacia|Universidad|Universidade|Fundación|Fundação|Instituto|Compañía|Companhia|Cooperativa)\.?(?: |$)/u);
