// A compact lexicon of common given names across languages, for the person-name rule. A person
// name is only reported when its first word is one of these (or after a title in a greeting), so
// capitalised pairs in code and prose ("Hello World", "Build Release") never qualify.
// NOTE: names that are also everyday English or programming words (Max, Will, Mark, May, June,
// April, August, Rose, Hope, Faith, Joy, Dawn, Chase, Ruby, Bill, Art, Pat, Sue, Job, Page, Lane,
// Hunter, Summer, Autumn, Paris, Victoria, Jack) are left out on purpose.

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
`;

/** The given-name lexicon. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter((n) => n.length > 0));

/** Surnames that only ever stand in for a name ("John Doe", "Max Mustermann", "Joe Bloggs"). */
export const PLACEHOLDER_SURNAMES: ReadonlySet<string> = new Set(['Doe', 'Mustermann', 'Musterfrau', 'Bloggs', 'Example', 'Sample', 'Tester', 'Placeholder']);

/** Placeholder full names whose surname is also a real, common one. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  'Mario Rossi', 'Jan Kowalski', 'Anna Kowalska', 'Jean Dupont', 'Ola Nordmann', 'Kari Nordmann', 'Juan Pérez', 'Fulano de Tal',
  'John Smith', 'Jane Smith', 'Erika Musterfrau', 'Hans Muster', 'Jan Jansen', 'Jan Modaal', 'Otto Normalverbraucher',
]);

/** Capitalised words that follow a given name in code and docs but are not surnames. */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(
  (
    'Setup Test Tests Testing Build Builds Release Releases Deploy Deployment Install Run Runner Check Checks Lint Update Updates ' +
    'Upload Download Cache Config Configuration Server Client Api Docs Doc Package Packages Version Action Actions Job Jobs ' +
    'Step Steps Workflow Node Java Python Ruby Go Rust Language Project Team Group User Users Admin Support Service Services ' +
    'Bot App Application Manager Studio Code Editor Street Avenue Road Lane Drive Way Place Platz Straße Strasse Weg ' +
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
    'Inc Ltd Llc Gmbh Corp Corporation Company Co Group University College School Institute Foundation Hospital Bank ' +
    'Airport Station Park Hotel Museum Church Center Centre Square Bridge River Lake Mountain Island Valley Beach City ' +
    'County State Country North South East West Street Day Week Month Year Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday January February March April May June July August September October November December ' +
    'President Chairman Chairwoman Chair Secretary Ambassador Mayor Speaker Director Professor Doctor Minister Senator ' +
    'Governor Judge Officer Colleague Colleagues Customer Customers Sir Madam Madame All Everyone Team'
  ).split(' '),
);
