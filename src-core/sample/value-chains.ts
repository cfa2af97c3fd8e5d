/**
 * The sample value chains: ordered segments, the NACE Rev. 2.1 divisions that work in each, and
 * the offers and needs organisations in a segment typically state (English; sample data only).
 */
import type { industrialEcosystems } from '../model/enums';

export type Ecosystem = (typeof industrialEcosystems)[number];
export type ChainKey =
  'olive-agrifood' | 'aquaculture' | 'tourism' | 'electronics-ict' | 'renewables';

/** The segment every chain has for research and technology: where knowledge entities sit. */
export const RD_SEGMENT = 'rd-technology';

export interface SampleSegment {
  readonly key: string;
  readonly name: string;
  /** NACE Rev. 2.1 divisions of companies working in this segment. */
  readonly nace: readonly string[];
  readonly offers: readonly string[];
  readonly needs: readonly string[];
}

export interface SampleChain {
  readonly key: ChainKey;
  readonly name: string;
  readonly description: string;
  readonly ecosystems: readonly Ecosystem[];
  readonly segments: readonly SampleSegment[];
}

const rd = (field: string, nace: readonly string[], offers: readonly string[]): SampleSegment => ({
  key: RD_SEGMENT,
  name: 'R&D and technology',
  nace,
  offers: [
    ...offers,
    `Applied research in ${field}`,
    'Laboratory testing and certification support',
    'Student internships and PhD placements',
  ],
  needs: [
    'Industrial partners for EU research projects',
    'Pilot sites for field trials',
    'Access to company data for case studies',
  ],
});

export const sampleChains: readonly SampleChain[] = [
  {
    key: 'olive-agrifood',
    name: 'Olive oil and Mediterranean agrifood',
    description:
      'From nurseries and groves to mills, bottling, export and the table, including by-product valorisation.',
    ecosystems: ['agri-food', 'retail'],
    segments: [
      {
        key: 'inputs',
        name: 'Inputs and nurseries',
        nace: ['01', '20', '28'],
        offers: ['Certified olive saplings', 'Organic fertilisers', 'Harvesting machinery'],
        needs: ['Distributors in partner countries', 'Field trial partners'],
      },
      {
        key: 'production',
        name: 'Olive growing',
        nace: ['01'],
        offers: ['Organic olives', 'Contract growing', 'Table olives'],
        needs: [
          'Irrigation efficiency advice',
          'Pest monitoring technology',
          'Seasonal workforce training',
        ],
      },
      {
        key: 'processing',
        name: 'Milling and processing',
        nace: ['10'],
        offers: ['Extra virgin olive oil', 'Pomace and by-products', 'Private-label oil'],
        needs: [
          'Waste-water treatment solutions',
          'Quality certification (PDO)',
          'Energy from pomace',
        ],
      },
      {
        key: 'packaging-logistics',
        name: 'Bottling, packaging and logistics',
        nace: ['17', '22', '52'],
        offers: ['Bottling lines', 'Recyclable packaging', 'Temperature-controlled storage'],
        needs: ['Lightweight glass suppliers', 'Shared export logistics'],
      },
      {
        key: 'distribution',
        name: 'Distribution and export',
        nace: ['46'],
        offers: ['Export to the Gulf and North America', 'Bulk trading'],
        needs: ['Importers in new markets', 'Traceability systems', 'Trade-fair partners'],
      },
      {
        key: 'end-market',
        name: 'Retail and food service',
        nace: ['47', '56'],
        offers: ['Oleotourism tastings', 'Gourmet retail'],
        needs: ['Premium local suppliers', 'Digital marketing support'],
      },
      rd(
        'olive growing and oil quality',
        ['72', '71'],
        ['Oil quality and authenticity analysis', 'Xylella-resistant varieties'],
      ),
    ],
  },
  {
    key: 'aquaculture',
    name: 'Aquaculture and blue economy',
    description:
      'Fish and shellfish farming with its feed, equipment, processing and cold chain, within the wider blue economy.',
    ecosystems: ['agri-food', 'proximity-social-economy'],
    segments: [
      {
        key: 'inputs',
        name: 'Feed, fry and equipment',
        nace: ['10', '28', '32'],
        offers: ['Fish feed', 'Sea bream and sea bass fry', 'Net pens and moorings'],
        needs: ['Alternative protein sources for feed', 'Buyers in partner countries'],
      },
      {
        key: 'production',
        name: 'Fish and shellfish farming',
        nace: ['03'],
        offers: ['Sea bream', 'Sea bass', 'Mussels and oysters'],
        needs: ['Water quality monitoring', 'Fish health services', 'Site licensing support'],
      },
      {
        key: 'processing',
        name: 'Processing and preservation',
        nace: ['10'],
        offers: ['Filleting and smoking', 'Ready-to-cook seafood'],
        needs: ['Shelf-life extension technology', 'By-product valorisation'],
      },
      {
        key: 'logistics',
        name: 'Cold chain and logistics',
        nace: ['52', '49', '50'],
        offers: ['Refrigerated transport', 'Port cold storage'],
        needs: ['Real-time temperature tracking', 'Shared consolidation hubs'],
      },
      {
        key: 'distribution',
        name: 'Wholesale and export',
        nace: ['46'],
        offers: ['Fish auction access', 'Export to EU retail chains'],
        needs: ['Eco-label certification', 'Market intelligence'],
      },
      rd(
        'marine biology and aquaculture',
        ['72', '71'],
        ['Fish genetics and breeding programmes', 'Environmental impact assessment'],
      ),
    ],
  },
  {
    key: 'tourism',
    name: 'Sustainable and cultural tourism',
    description:
      'Destination management, accommodation, food, mobility and experiences that spread visitors beyond the coast and the summer.',
    ecosystems: ['tourism', 'cultural-creative'],
    segments: [
      {
        key: 'destination',
        name: 'Destination planning and heritage',
        nace: ['84', '91'],
        offers: ['Heritage site management', 'Visitor flow data'],
        needs: ['Carrying-capacity studies', 'Off-season product ideas'],
      },
      {
        key: 'accommodation',
        name: 'Accommodation',
        nace: ['55'],
        offers: ['Eco-certified hotels', 'Rural guesthouses'],
        needs: [
          'Energy efficiency retrofits',
          'Direct booking tools',
          'Staff training in languages',
        ],
      },
      {
        key: 'food-experiences',
        name: 'Food and experiences',
        nace: ['56', '93'],
        offers: ['Cooking classes', 'Diving and sailing trips', 'Wine and oil routes'],
        needs: ['Local producer partnerships', 'Accessibility advice'],
      },
      {
        key: 'mobility',
        name: 'Transport and mobility',
        nace: ['49', '50', '77'],
        offers: ['E-bike rental', 'Island ferry links'],
        needs: ['Low-emission fleets', 'Integrated ticketing'],
      },
      {
        key: 'tour-operators',
        name: 'Travel agencies and tour operators',
        nace: ['79'],
        offers: ['Incoming tours', 'MICE organisation'],
        needs: ['Partner destinations abroad', 'Sustainability labels'],
      },
      {
        key: 'promotion',
        name: 'Marketing and digital promotion',
        nace: ['73', '62'],
        offers: ['Destination marketing', 'Virtual tours'],
        needs: ['Visitor analytics', 'Content in more languages'],
      },
      rd(
        'tourism data and heritage technology',
        ['72', '62'],
        ['Visitor analytics and forecasting', 'Digital heritage reconstruction'],
      ),
    ],
  },
  {
    key: 'electronics-ict',
    name: 'Electronics and ICT',
    description:
      'Design, components, software, integration and connectivity for industrial and consumer electronics.',
    ecosystems: ['electronics', 'digital'],
    segments: [
      {
        key: 'design',
        name: 'Design and embedded systems',
        nace: ['71', '62'],
        offers: ['Embedded firmware', 'PCB design', 'FPGA prototyping'],
        needs: ['Chip design tools access', 'Skilled engineers'],
      },
      {
        key: 'components',
        name: 'Components and manufacturing',
        nace: ['26', '27'],
        offers: ['Sensors', 'Power electronics', 'Contract electronics manufacturing'],
        needs: ['Component sourcing alternatives', 'Clean-room access', 'Automation of test lines'],
      },
      {
        key: 'software',
        name: 'Software and services',
        nace: ['62', '58'],
        offers: ['Custom software', 'Mobile apps', 'Cybersecurity audits'],
        needs: ['Cloud credits', 'Partners for EU tenders'],
      },
      {
        key: 'integration',
        name: 'Systems integration',
        nace: ['63', '33'],
        offers: ['IoT platforms', 'Data centre services'],
        needs: ['Edge computing hardware', 'Industrial customers'],
      },
      {
        key: 'connectivity',
        name: 'Networks and telecommunications',
        nace: ['61'],
        offers: ['Private 5G networks', 'Rural broadband'],
        needs: ['Spectrum for trials', 'Low-power radio modules'],
      },
      {
        key: 'end-market',
        name: 'Distribution and after-sales',
        nace: ['46', '95'],
        offers: ['Distribution of electronic components', 'Repair and refurbishment'],
        needs: ['Right-to-repair training', 'E-waste take-back partners'],
      },
      rd(
        'microelectronics and AI',
        ['72', '71'],
        ['Microelectronics characterisation', 'AI and machine-learning expertise'],
      ),
    ],
  },
  {
    key: 'renewables',
    name: 'Renewable energy',
    description:
      'Solar, wind and storage: project development, equipment, installation, operation and energy services.',
    ecosystems: ['energy-renewables', 'construction'],
    segments: [
      {
        key: 'development',
        name: 'Project development and engineering',
        nace: ['71', '70'],
        offers: ['Resource assessment', 'Permitting and grid studies'],
        needs: ['Project finance', 'Land access partners'],
      },
      {
        key: 'equipment',
        name: 'Equipment manufacturing',
        nace: ['27', '28', '25'],
        offers: ['Solar mounting structures', 'Inverters', 'Wind turbine components'],
        needs: ['Certification testing', 'Supply of power electronics'],
      },
      {
        key: 'installation',
        name: 'Construction and installation',
        nace: ['42', '43'],
        offers: ['PV plant construction', 'Rooftop installation'],
        needs: ['Certified installers', 'Safety training'],
      },
      {
        key: 'generation',
        name: 'Generation and operation',
        nace: ['35'],
        offers: ['Green power purchase agreements', 'O&M services'],
        needs: ['Predictive maintenance', 'Panel cleaning with less water'],
      },
      {
        key: 'grid-storage',
        name: 'Grid, storage and distribution',
        nace: ['35', '27'],
        offers: ['Battery storage systems', 'Smart-grid services'],
        needs: ['Storage pilots', 'Demand-response customers'],
      },
      {
        key: 'energy-services',
        name: 'Energy services and efficiency',
        nace: ['43', '70'],
        offers: ['Energy audits', 'Energy performance contracts'],
        needs: ['Financing for SMEs', 'Building owners for pilots'],
      },
      rd(
        'solar energy, green hydrogen and storage',
        ['72', '71'],
        ['Solar materials research', 'Green hydrogen pilot plant'],
      ),
    ],
  },
];

export function chainByKey(key: ChainKey): SampleChain {
  const chain = sampleChains.find((c) => c.key === key);
  if (!chain) throw new Error(`Unknown sample chain ${key}`);
  return chain;
}
