/**
 * Given and family names per naming tradition, for fictional sample contacts (and family-named
 * firms). Common names only, combined at random: no real person is meant.
 */

// prettier-ignore
export type PeopleKitKey =
  | 'es' | 'fr' | 'it' | 'pt' | 'el' | 'mt' | 'sl' | 'hr' | 'bs' | 'sq' | 'tr' | 'maghreb' | 'mashriq' | 'he';

export interface PeopleKit {
  readonly givenNames: readonly string[];
  readonly familyNames: readonly string[];
}

// prettier-ignore
export const peopleKits: Readonly<Record<PeopleKitKey, PeopleKit>> = {
  es: {
    givenNames: ['María', 'Carmen', 'Lucía', 'Elena', 'Laura', 'Marta', 'Pilar', 'Rocío', 'Nuria', 'Inés', 'José', 'Antonio', 'Manuel', 'Francisco', 'David', 'Javier', 'Jordi', 'Pablo', 'Sergio', 'Álvaro'],
    familyNames: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Ruiz', 'Moreno', 'Jiménez', 'Ortega', 'Castillo', 'Serrano', 'Vidal', 'Puig', 'Ferrer', 'Molina', 'Delgado', 'Vázquez', 'Cano', 'Prieto'],
  },
  fr: {
    givenNames: ['Camille', 'Claire', 'Sophie', 'Julie', 'Émilie', 'Nathalie', 'Anne', 'Isabelle', 'Léa', 'Manon', 'Pierre', 'Julien', 'Nicolas', 'Thomas', 'Olivier', 'Laurent', 'Mathieu', 'Antoine', 'Sébastien', 'Guillaume'],
    familyNames: ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Moreau', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Mercier', 'Blanc', 'Guerin', 'Faure', 'Rousseau', 'Fabre', 'Arnaud', 'Giraud', 'Pons'],
  },
  it: {
    givenNames: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Elena', 'Martina', 'Alessandra', 'Federica', 'Silvia', 'Marco', 'Luca', 'Giuseppe', 'Andrea', 'Francesco', 'Matteo', 'Stefano', 'Alessandro', 'Davide', 'Salvatore'],
    familyNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Costa', 'Mancini', 'Lombardi', 'Marino', 'Rizzo', 'Caruso', 'Santoro'],
  },
  pt: {
    givenNames: ['Ana', 'Maria', 'Beatriz', 'Inês', 'Catarina', 'Joana', 'Sofia', 'Marta', 'Rita', 'Teresa', 'João', 'Pedro', 'Miguel', 'Rui', 'Tiago', 'Nuno', 'Ricardo', 'Luís', 'André', 'Paulo'],
    familyNames: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Almeida', 'Ribeiro', 'Pinto', 'Carvalho', 'Teixeira', 'Moreira'],
  },
  el: {
    givenNames: ['Maria', 'Eleni', 'Katerina', 'Dimitra', 'Sofia', 'Georgia', 'Ioanna', 'Vasiliki', 'Anna', 'Despina', 'Georgios', 'Dimitrios', 'Konstantinos', 'Ioannis', 'Nikolaos', 'Panagiotis', 'Christos', 'Andreas', 'Michalis', 'Stavros'],
    familyNames: ['Papadopoulos', 'Papadakis', 'Georgiou', 'Nikolaou', 'Dimitriou', 'Konstantinidis', 'Ioannou', 'Christodoulou', 'Vlachos', 'Karagiannis', 'Markou', 'Alexiou', 'Stavrou', 'Pappas', 'Antoniou', 'Makris', 'Theodorou', 'Kyriakou', 'Petrou', 'Economou'],
  },
  mt: {
    givenNames: ['Maria', 'Rebecca', 'Francesca', 'Roberta', 'Claire', 'Nicole', 'Rachel', 'Sarah', 'Graziella', 'Marthese', 'Joseph', 'John', 'Mark', 'Carmel', 'Matthew', 'Luke', 'Jean Paul', 'Kurt', 'Clayton', 'Adrian'],
    familyNames: ['Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Micallef', 'Grech', 'Attard', 'Spiteri', 'Azzopardi', 'Mifsud', 'Cassar', 'Pace', 'Caruana', 'Agius', 'Bonello', 'Sammut', 'Debono', 'Fenech'],
  },
  sl: {
    givenNames: ['Maja', 'Nina', 'Eva', 'Mojca', 'Petra', 'Tina', 'Katja', 'Urška', 'Špela', 'Mateja', 'Luka', 'Matej', 'Jure', 'Rok', 'Tomaž', 'Gregor', 'Boštjan', 'Andrej', 'Primož', 'Blaž'],
    familyNames: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Kralj', 'Zupan', 'Bizjak', 'Hribar', 'Korošec', 'Rozman', 'Kastelic', 'Žagar'],
  },
  hr: {
    givenNames: ['Ana', 'Ivana', 'Marija', 'Petra', 'Maja', 'Martina', 'Lucija', 'Katarina', 'Marina', 'Tea', 'Ivan', 'Marko', 'Luka', 'Josip', 'Tomislav', 'Ante', 'Mario', 'Dario', 'Nikola', 'Hrvoje'],
    familyNames: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Kovačić', 'Knežević', 'Vuković', 'Matić', 'Perić', 'Tomić', 'Pavlović', 'Božić', 'Radić', 'Grgić', 'Šarić', 'Bilić', 'Jukić', 'Mikulić'],
  },
  bs: {
    givenNames: ['Amra', 'Emina', 'Lejla', 'Jelena', 'Milica', 'Ajla', 'Selma', 'Ivana', 'Dragana', 'Sanja', 'Amir', 'Adnan', 'Emir', 'Marko', 'Nikola', 'Miloš', 'Stefan', 'Haris', 'Dejan', 'Vuk'],
    familyNames: ['Hodžić', 'Hadžić', 'Begić', 'Delić', 'Kovačević', 'Popović', 'Jovanović', 'Petrović', 'Vujović', 'Đukanović', 'Radulović', 'Mehmedović', 'Softić', 'Šehić', 'Marković', 'Nikolić', 'Vukčević', 'Bošković', 'Ibrahimović', 'Kalač'],
  },
  sq: {
    givenNames: ['Elona', 'Anila', 'Jonida', 'Klea', 'Arta', 'Ermira', 'Blerta', 'Rezarta', 'Ornela', 'Teuta', 'Arben', 'Besnik', 'Ilir', 'Gentian', 'Erion', 'Dritan', 'Florian', 'Altin', 'Edmond', 'Kledi'],
    familyNames: ['Hoxha', 'Shehu', 'Dervishi', 'Gjoka', 'Leka', 'Kola', 'Muça', 'Çela', 'Hysa', 'Basha', 'Prifti', 'Duka', 'Koci', 'Marku', 'Rama', 'Bregu', 'Dedja', 'Lami', 'Mema', 'Xhafa'],
  },
  tr: {
    givenNames: ['Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Emine', 'Merve', 'Selin', 'Deniz', 'Esra', 'Gizem', 'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Emre', 'Burak', 'Can', 'Murat', 'Serkan', 'Onur'],
    familyNames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Erdoğan'],
  },
  maghreb: {
    givenNames: ['Amina', 'Fatma', 'Leila', 'Salma', 'Nadia', 'Meriem', 'Imen', 'Sonia', 'Yasmine', 'Khadija', 'Mohamed', 'Ahmed', 'Youssef', 'Karim', 'Mehdi', 'Sami', 'Hichem', 'Anis', 'Nabil', 'Rachid'],
    familyNames: ['Ben Salah', 'Trabelsi', 'Gharbi', 'Hammami', 'Jebali', 'Bouazizi', 'Mansouri', 'Haddad', 'Benali', 'El Amrani', 'Bennani', 'Alaoui', 'Tazi', 'Chraibi', 'Belkacem', 'Boudiaf', 'Mebarki', 'Saidi', 'Zitouni', 'Chaabane'],
  },
  mashriq: {
    givenNames: ['Nour', 'Rania', 'Lina', 'Dina', 'Hala', 'Reem', 'Sara', 'Mariam', 'Yara', 'Maya', 'Omar', 'Ahmad', 'Khaled', 'Tarek', 'Rami', 'Hassan', 'Fadi', 'Samir', 'Walid', 'Karim'],
    familyNames: ['Haddad', 'Khoury', 'Nasser', 'Saleh', 'Hamdan', 'Mansour', 'El-Sayed', 'Abdel-Rahman', 'Farouk', 'Hijazi', 'Qasem', 'Odeh', 'Barakat', 'Aziz', 'Darwish', 'Shami', 'Sabbagh', 'Awad', 'Masri', 'Zayed'],
  },
  he: {
    givenNames: ['Noa', 'Tamar', 'Yael', 'Michal', 'Shira', 'Maya', 'Adi', 'Ronit', 'Lior', 'Hila', 'Daniel', 'Avi', 'Omer', 'Itai', 'Yossi', 'Eitan', 'Amir', 'Uri', 'Guy', 'Nadav'],
    familyNames: ['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Shapiro', 'Katz', 'Azoulay', 'Ben-David', 'Avraham', 'Dahan', 'Golan', 'Segal', 'Rosen', 'Halevi', 'Amar', 'Shalom', 'Ohana', 'Tal'],
  },
};
