/**
 * The few sentences the main process shows itself — the question before a web link opens, the
 * installed app's menu names — in the system's language when it is one of the app's (the page's
 * catalogue does not reach the main process; native dialogs and menus follow the system, as in
 * other desktop apps), English otherwise. Names that are data are isolated (U+2068…U+2069) so a
 * host name keeps its direction inside Arabic.
 */
export interface MainStrings {
  readonly linkTitle: string;
  readonly linkQuestion: (host: string) => string;
  readonly linkInsecure: string;
  readonly cancel: string;
  readonly openInBrowser: string;
  readonly editMenu: string;
  readonly viewMenu: string;
}

const isolate = (text: string): string => `\u2068${text}\u2069`;

export const mainCatalogue = {
  en: {
    linkTitle: 'Open a web page',
    linkQuestion: (host) => `Open a page on ${isolate(host)} in your web browser?`,
    linkInsecure:
      'This link is not secure (http): anyone on the network can read or change the page. Open it only if you trust the site.',
    cancel: 'Cancel',
    openInBrowser: 'Open in browser',
    editMenu: 'Edit',
    viewMenu: 'View',
  },
  fr: {
    linkTitle: 'Ouvrir une page web',
    linkQuestion: (host) => `Ouvrir une page de ${isolate(host)} dans votre navigateur\u202f?`,
    linkInsecure:
      'Ce lien n’est pas sécurisé (http)\u00a0: toute personne sur le réseau peut lire ou modifier la page. Ne l’ouvrez que si vous faites confiance au site.',
    cancel: 'Annuler',
    openInBrowser: 'Ouvrir dans le navigateur',
    editMenu: 'Édition',
    viewMenu: 'Affichage',
  },
  ar: {
    linkTitle: 'فتح صفحة ويب',
    linkQuestion: (host) => `هل تريد فتح صفحة من ${isolate(host)} في متصفح الويب؟`,
    linkInsecure:
      'هذا الرابط غير آمن (http): يمكن لأي شخص على الشبكة قراءة الصفحة أو تغييرها. لا تفتحه إلا إذا كنت تثق بالموقع.',
    cancel: 'إلغاء',
    openInBrowser: 'فتح في المتصفح',
    editMenu: 'تحرير',
    viewMenu: 'عرض',
  },
  es: {
    linkTitle: 'Abrir una página web',
    linkQuestion: (host) => `¿Abrir una página de ${isolate(host)} en su navegador?`,
    linkInsecure:
      'Este enlace no es seguro (http): cualquier persona en la red puede leer o cambiar la página. Ábralo solo si confía en el sitio.',
    cancel: 'Cancelar',
    openInBrowser: 'Abrir en el navegador',
    editMenu: 'Edición',
    viewMenu: 'Ver',
  },
  it: {
    linkTitle: 'Apri una pagina web',
    linkQuestion: (host) => `Aprire una pagina di ${isolate(host)} nel browser?`,
    linkInsecure:
      'Questo link non è sicuro (http): chiunque sulla rete può leggere o modificare la pagina. Aprirlo solo se ci si fida del sito.',
    cancel: 'Annulla',
    openInBrowser: 'Apri nel browser',
    editMenu: 'Modifica',
    viewMenu: 'Visualizza',
  },
  el: {
    linkTitle: 'Άνοιγμα ιστοσελίδας',
    linkQuestion: (host) => `Άνοιγμα σελίδας του ${isolate(host)} στο πρόγραμμα περιήγησης;`,
    linkInsecure:
      'Αυτός ο σύνδεσμος δεν είναι ασφαλής (http): οποιοσδήποτε στο δίκτυο μπορεί να διαβάσει ή να αλλάξει τη σελίδα. Ανοίξτε τον μόνο αν εμπιστεύεστε τον ιστότοπο.',
    cancel: 'Άκυρο',
    openInBrowser: 'Άνοιγμα στο πρόγραμμα περιήγησης',
    editMenu: 'Επεξεργασία',
    viewMenu: 'Προβολή',
  },
  tr: {
    linkTitle: 'Web sayfası aç',
    linkQuestion: (host) => `${isolate(host)} üzerindeki bir sayfa web tarayıcınızda açılsın mı?`,
    linkInsecure:
      'Bu bağlantı güvenli değil (http): ağdaki herkes sayfayı okuyabilir veya değiştirebilir. Yalnızca siteye güveniyorsanız açın.',
    cancel: 'İptal',
    openInBrowser: 'Tarayıcıda aç',
    editMenu: 'Düzen',
    viewMenu: 'Görünüm',
  },
  pt: {
    linkTitle: 'Abrir uma página web',
    linkQuestion: (host) => `Abrir uma página de ${isolate(host)} no seu navegador?`,
    linkInsecure:
      'Esta ligação não é segura (http): qualquer pessoa na rede pode ler ou alterar a página. Abra-a apenas se confiar no site.',
    cancel: 'Cancelar',
    openInBrowser: 'Abrir no navegador',
    editMenu: 'Editar',
    viewMenu: 'Ver',
  },
  hr: {
    linkTitle: 'Otvaranje web-stranice',
    linkQuestion: (host) => `Otvoriti stranicu s ${isolate(host)} u web-pregledniku?`,
    linkInsecure:
      'Ova poveznica nije sigurna (http): svatko na mreži može čitati ili mijenjati stranicu. Otvorite je samo ako vjerujete web-mjestu.',
    cancel: 'Odustani',
    openInBrowser: 'Otvori u pregledniku',
    editMenu: 'Uređivanje',
    viewMenu: 'Prikaz',
  },
} as const satisfies Record<string, MainStrings>;

export type MainLanguage = keyof typeof mainCatalogue;

/** The strings of the first of the system's languages (BCP 47 tags, preferred first) the app has. */
export function mainStrings(systemLanguages: readonly string[]): MainStrings {
  for (const tag of systemLanguages) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (Object.hasOwn(mainCatalogue, language)) return mainCatalogue[language as MainLanguage];
  }
  return mainCatalogue.en;
}
