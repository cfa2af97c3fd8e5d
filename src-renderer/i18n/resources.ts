/**
 * Translation resources: the shell's strings (locales/<lang>.json) and one file per feature area
 * (locales/<lang>/<area>.json, each under its own top-level key), merged into one namespace.
 */
import en from './locales/en.json';
import enCodes from './locales/en/codes.json';
import enExchange from './locales/en/exchange.json';
import enForms from './locales/en/forms.json';
import enImporter from './locales/en/importer.json';
import enLists from './locales/en/lists.json';
import enMetaClusters from './locales/en/metaclusters.json';
import enReadiness from './locales/en/readiness.json';
import enReinforcement from './locales/en/reinforcement.json';
import enWorkshops from './locales/en/workshops.json';
import enRunner from './locales/en/runner.json';
import enParticipants from './locales/en/participants.json';
import enReport from './locales/en/report.json';
import enStages from './locales/en/stages.json';
import enEditors from './locales/en/editors.json';
import enRoom from './locales/en/room.json';
import es from './locales/es.json';
import esCodes from './locales/es/codes.json';
import esExchange from './locales/es/exchange.json';
import esForms from './locales/es/forms.json';
import esImporter from './locales/es/importer.json';
import esLists from './locales/es/lists.json';
import esMetaClusters from './locales/es/metaclusters.json';
import esReadiness from './locales/es/readiness.json';
import esReinforcement from './locales/es/reinforcement.json';
import esWorkshops from './locales/es/workshops.json';
import esRunner from './locales/es/runner.json';
import esParticipants from './locales/es/participants.json';
import esReport from './locales/es/report.json';
import esStages from './locales/es/stages.json';
import esEditors from './locales/es/editors.json';
import esRoom from './locales/es/room.json';

export const english = {
  ...en,
  ...enCodes,
  ...enExchange,
  ...enForms,
  ...enImporter,
  ...enLists,
  ...enMetaClusters,
  ...enReadiness,
  ...enReinforcement,
  ...enWorkshops,
  ...enRunner,
  ...enParticipants,
  ...enReport,
  ...enStages,
  ...enEditors,
  ...enRoom,
};
export const spanish = {
  ...es,
  ...esCodes,
  ...esExchange,
  ...esForms,
  ...esImporter,
  ...esLists,
  ...esMetaClusters,
  ...esReadiness,
  ...esReinforcement,
  ...esWorkshops,
  ...esRunner,
  ...esParticipants,
  ...esReport,
  ...esStages,
  ...esEditors,
  ...esRoom,
};

export const resources = {
  en: { translation: english },
  es: { translation: spanish },
} as const;
