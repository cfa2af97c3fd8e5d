/**
 * Country and region, as clusters and organisations both have them: a region belongs to one
 * country, so choosing another country clears a region that is not in it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRegionOf } from '../../../../src-core/codes';
import { CountryPicker, RegionPicker } from '../../../ui/pickers';

export interface Location {
  readonly country: string | null;
  readonly region: string | null;
}

export function useLocation(initial: Location) {
  const [location, setLocation] = useState<Location>(initial);
  const chooseCountry = (country: string | null) =>
    setLocation(({ region }) => ({
      country,
      region: region && country && isRegionOf(region, country) ? region : null,
    }));
  const chooseRegion = (region: string | null) =>
    setLocation((current) => ({ ...current, region }));
  return { ...location, chooseCountry, chooseRegion };
}

export function LocationFields({
  location,
  errors,
}: {
  location: ReturnType<typeof useLocation>;
  errors: { readonly country?: string; readonly region?: string };
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-grid">
      <legend>{t('forms.sections.location')}</legend>
      <CountryPicker
        required
        name="country"
        label={t('forms.fields.country')}
        value={location.country}
        onChange={location.chooseCountry}
        error={errors.country}
      />
      <RegionPicker
        name="region"
        label={t('forms.fields.region')}
        country={location.country}
        value={location.region}
        onChange={location.chooseRegion}
        error={errors.region}
      />
    </fieldset>
  );
}
