/**
 * The fictional clusters of the sample, placed in real regions. `profile` sets how well the
 * cluster already involves knowledge entities: step 1 of the method targets the weak ones.
 */
import type { ChainKey } from './value-chains';

export type KnowledgeProfile = 'weak' | 'typical' | 'strong';

export interface ClusterSpec {
  readonly name: string;
  readonly country: string;
  /** NUTS 2 (EU) or ISO 3166-2 code. */
  readonly region: string;
  readonly chains: readonly ChainKey[];
  readonly profile: KnowledgeProfile;
  /** Relative roster size. */
  readonly size: number;
  /** Real towns in the region, used to place and name member organisations. */
  readonly towns: readonly string[];
  /** Host name of the cluster's fictional website (under .example). */
  readonly host: string;
}

// prettier-ignore
export const clusterSpecs: readonly ClusterSpec[] = [
  // Olive oil and Mediterranean agrifood
  { name: 'Clúster Oleícola de Andalucía', country: 'ES', region: 'ES61', chains: ['olive-agrifood'], profile: 'strong', size: 1.6, towns: ['Jaén', 'Córdoba', 'Sevilla', 'Granada', 'Úbeda'], host: 'cluster-oleicola-andalucia.es' },
  { name: 'Distretto Agroalimentare Olivicolo Pugliese', country: 'IT', region: 'ITF4', chains: ['olive-agrifood'], profile: 'typical', size: 1.3, towns: ['Bari', 'Lecce', 'Andria', 'Foggia', 'Bitonto'], host: 'distretto-olivicolo-puglia.it' },
  { name: 'Cretan Olive Oil and Agrifood Cluster', country: 'GR', region: 'EL43', chains: ['olive-agrifood', 'tourism'], profile: 'weak', size: 0.9, towns: ['Heraklion', 'Chania', 'Rethymno', 'Sitia'], host: 'cretan-agrifood-cluster.gr' },
  { name: 'Pôle Oléicole de Sfax', country: 'TN', region: 'TN-61', chains: ['olive-agrifood'], profile: 'typical', size: 1.1, towns: ['Sfax', 'Sakiet Ezzit', 'Agareb', 'Jebiniana'], host: 'pole-oleicole-sfax.tn' },
  { name: 'Cluster Agroalimentaire Fès-Meknès', country: 'MA', region: 'MA-03', chains: ['olive-agrifood'], profile: 'typical', size: 1.0, towns: ['Fès', 'Meknès', 'Sefrou', 'Taounate'], host: 'cluster-agro-fes-meknes.ma' },
  { name: 'Cluster Olivícola do Alentejo', country: 'PT', region: 'PT1C', chains: ['olive-agrifood'], profile: 'typical', size: 0.9, towns: ['Évora', 'Beja', 'Serpa', 'Moura'], host: 'cluster-olivicola-alentejo.pt' },
  { name: 'Ege Zeytin ve Zeytinyağı Kümesi', country: 'TR', region: 'TR-35', chains: ['olive-agrifood'], profile: 'weak', size: 1.2, towns: ['İzmir', 'Bergama', 'Torbalı', 'Urla'], host: 'ege-zeytin-kumesi.tr' },
  { name: 'Palestinian Olive Oil Cluster', country: 'PS', region: 'PS-NBS', chains: ['olive-agrifood'], profile: 'weak', size: 0.7, towns: ['Nablus', 'Beita', 'Sebastia'], host: 'olive-cluster-nablus.ps' },
  // Aquaculture and blue economy
  { name: "Distretto dell'Acquacoltura dell'Alto Adriatico", country: 'IT', region: 'ITH4', chains: ['aquaculture'], profile: 'strong', size: 1.1, towns: ['Trieste', 'Monfalcone', 'Grado', 'Udine'], host: 'acquacoltura-alto-adriatico.it' },
  { name: 'Klaster Marikulture Jadrana', country: 'HR', region: 'HR03', chains: ['aquaculture'], profile: 'typical', size: 0.9, towns: ['Split', 'Zadar', 'Šibenik', 'Ston'], host: 'klaster-marikulture.hr' },
  { name: 'Malta Blue Economy Cluster', country: 'MT', region: 'MT00', chains: ['aquaculture', 'tourism'], profile: 'typical', size: 0.7, towns: ['Valletta', 'Marsaxlokk', 'Birżebbuġa', 'Mellieħa'], host: 'blue-economy-cluster.mt' },
  { name: 'Cyprus Marine and Maritime Cluster', country: 'CY', region: 'CY00', chains: ['aquaculture'], profile: 'typical', size: 0.8, towns: ['Limassol', 'Larnaca', 'Paphos', 'Nicosia'], host: 'marine-maritime-cluster.cy' },
  { name: 'Kafr El Sheikh Aquaculture Cluster', country: 'EG', region: 'EG-KFS', chains: ['aquaculture'], profile: 'weak', size: 1.1, towns: ['Kafr El Sheikh', 'Baltim', 'Desouk', 'Burullus'], host: 'kfs-aquaculture-cluster.eg' },
  { name: 'Pôle Aquacole du Sahel', country: 'TN', region: 'TN-52', chains: ['aquaculture'], profile: 'typical', size: 0.7, towns: ['Monastir', 'Teboulba', 'Ksar Hellal', 'Jemmal'], host: 'pole-aquacole-sahel.tn' },
  { name: 'Aegean Aquaculture Cluster', country: 'GR', region: 'EL64', chains: ['aquaculture'], profile: 'typical', size: 0.8, towns: ['Chalkida', 'Lamia', 'Itea', 'Livadeia'], host: 'aegean-aquaculture.gr' },
  // Sustainable and cultural tourism
  { name: 'Cluster Tourisme Durable Sud', country: 'FR', region: 'FRL0', chains: ['tourism'], profile: 'typical', size: 1.2, towns: ['Marseille', 'Nice', 'Avignon', 'Toulon'], host: 'tourisme-durable-sud.fr' },
  { name: 'Distretto Turistico della Costiera Campana', country: 'IT', region: 'ITF3', chains: ['tourism'], profile: 'typical', size: 1.0, towns: ['Napoli', 'Salerno', 'Amalfi', 'Sorrento'], host: 'distretto-turistico-campania.it' },
  { name: 'Klaster Održivog Turizma Istre i Kvarnera', country: 'HR', region: 'HR03', chains: ['tourism'], profile: 'strong', size: 1.0, towns: ['Pula', 'Rovinj', 'Rijeka', 'Poreč'], host: 'klaster-turizma-istra.hr' },
  { name: 'Boka Kotorska Tourism Cluster', country: 'ME', region: 'ME-10', chains: ['tourism'], profile: 'weak', size: 0.6, towns: ['Kotor', 'Dobrota', 'Perast', 'Risan'], host: 'boka-tourism-cluster.me' },
  { name: 'Albanian Riviera Tourism Cluster', country: 'AL', region: 'AL-12', chains: ['tourism'], profile: 'typical', size: 0.7, towns: ['Vlorë', 'Himarë', 'Orikum', 'Sarandë'], host: 'riviera-tourism-cluster.al' },
  { name: 'Ionian Islands Sustainable Tourism Cluster', country: 'GR', region: 'EL62', chains: ['tourism'], profile: 'typical', size: 0.8, towns: ['Kerkyra', 'Zakynthos', 'Argostoli', 'Lefkada'], host: 'ionian-tourism-cluster.gr' },
  { name: 'Petra Heritage Tourism Cluster', country: 'JO', region: 'JO-MN', chains: ['tourism'], profile: 'typical', size: 0.7, towns: ['Wadi Musa', "Ma'an", 'Shoubak'], host: 'petra-tourism-cluster.jo' },
  { name: 'Cluster Tourisme Marrakech-Safi', country: 'MA', region: 'MA-07', chains: ['tourism'], profile: 'typical', size: 1.0, towns: ['Marrakech', 'Essaouira', 'Safi', 'El Kelâa des Sraghna'], host: 'cluster-tourisme-marrakech.ma' },
  { name: 'Herzegovina Tourism and Heritage Cluster', country: 'BA', region: 'BA-BIH', chains: ['tourism', 'olive-agrifood'], profile: 'weak', size: 0.7, towns: ['Mostar', 'Neum', 'Konjic', 'Čapljina'], host: 'herzegovina-tourism.ba' },
  // Electronics and ICT
  { name: 'Pôle Électronique et Systèmes Embarqués Occitanie', country: 'FR', region: 'FRJ2', chains: ['electronics-ict'], profile: 'strong', size: 1.4, towns: ['Toulouse', 'Albi', 'Tarbes', 'Montauban'], host: 'pole-electronique-occitanie.fr' },
  { name: 'Distretto Tecnologico Etna Valley', country: 'IT', region: 'ITG1', chains: ['electronics-ict'], profile: 'strong', size: 1.2, towns: ['Catania', 'Acireale', 'Paternò', 'Siracusa'], host: 'etna-valley.it' },
  { name: 'Clúster TIC de Catalunya', country: 'ES', region: 'ES51', chains: ['electronics-ict'], profile: 'strong', size: 1.5, towns: ['Barcelona', 'Girona', 'Tarragona', 'Lleida'], host: 'cluster-tic-catalunya.es' },
  { name: 'Slovenski Grozd Elektronike in IKT', country: 'SI', region: 'SI04', chains: ['electronics-ict', 'renewables'], profile: 'typical', size: 0.9, towns: ['Ljubljana', 'Kranj', 'Nova Gorica', 'Koper'], host: 'grozd-elektronike.si' },
  { name: 'Pôle Technologique El Ghazala', country: 'TN', region: 'TN-12', chains: ['electronics-ict'], profile: 'typical', size: 1.1, towns: ['Ariana', 'Raoued', 'La Soukra'], host: 'pole-elghazala.tn' },
  { name: 'Haifa Bay Electronics Cluster', country: 'IL', region: 'IL-HA', chains: ['electronics-ict'], profile: 'strong', size: 1.1, towns: ['Haifa', 'Hadera', 'Zikhron Yaakov'], host: 'haifa-electronics-cluster.il' },
  { name: 'İstanbul Elektronik ve Yazılım Kümesi', country: 'TR', region: 'TR-34', chains: ['electronics-ict'], profile: 'typical', size: 1.3, towns: ['İstanbul', 'Kadıköy', 'Pendik', 'Sarıyer'], host: 'istanbul-elektronik-kumesi.tr' },
  { name: 'Beirut Digital Cluster', country: 'LB', region: 'LB-BA', chains: ['electronics-ict'], profile: 'typical', size: 0.8, towns: ['Beyrouth', 'Achrafieh', 'Hamra'], host: 'beirut-digital-cluster.lb' },
  // Renewable energy
  { name: 'Clúster de Energías Renovables de la Comunitat Valenciana', country: 'ES', region: 'ES52', chains: ['renewables'], profile: 'typical', size: 1.1, towns: ['València', 'Alicante', 'Castellón de la Plana', 'Elche'], host: 'cluster-renovables-cv.es' },
  { name: 'Cluster Energia Solar do Algarve', country: 'PT', region: 'PT15', chains: ['renewables'], profile: 'weak', size: 0.7, towns: ['Faro', 'Loulé', 'Portimão', 'Tavira'], host: 'cluster-solar-algarve.pt' },
  { name: 'Thessaly Renewable Energy Cluster', country: 'GR', region: 'EL61', chains: ['renewables'], profile: 'typical', size: 0.8, towns: ['Larissa', 'Volos', 'Trikala', 'Karditsa'], host: 'thessaly-renewables.gr' },
  { name: 'Cluster Solaire Drâa-Tafilalet', country: 'MA', region: 'MA-08', chains: ['renewables'], profile: 'weak', size: 0.8, towns: ['Ouarzazate', 'Errachidia', 'Zagora', 'Tinghir'], host: 'cluster-solaire-draa.ma' },
  { name: "Pôle Énergies Renouvelables de l'Oranie", country: 'DZ', region: 'DZ-31', chains: ['renewables'], profile: 'typical', size: 1.0, towns: ['Oran', 'Arzew', 'Es Senia', 'Bir El Djir'], host: 'pole-enr-oranie.dz' },
  { name: 'Aqaba Solar and Green Hydrogen Cluster', country: 'JO', region: 'JO-AQ', chains: ['renewables'], profile: 'typical', size: 0.7, towns: ['Aqaba', 'Quweira', 'Wadi Rum'], host: 'aqaba-solar-cluster.jo' },
  { name: 'Benban Solar Cluster', country: 'EG', region: 'EG-ASN', chains: ['renewables'], profile: 'typical', size: 0.9, towns: ['Aswan', 'Kom Ombo', 'Edfu', 'Benban'], host: 'benban-solar-cluster.eg' },
];
