import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { TEXT } from "./strings";
import type { ProfileInfo } from "./types";

const useStyles = makeStyles({
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface RunOptionsProps {
  profiles: ProfileInfo[];
  profileId: string;
  onProfile: (id: string) => void;
  normalizeUnits: boolean;
  onNormalizeUnits: (on: boolean) => void;
  disabled: boolean;
}

export function RunOptions(props: RunOptionsProps) {
  const styles = useStyles();
  const current = props.profiles.find((p) => p.id === props.profileId);
  return (
    <div className={styles.options}>
      <Field label={TEXT.profileLabel} hint={current?.description}>
        <Select value={props.profileId} disabled={props.disabled} onChange={(_, data) => props.onProfile(data.value)}>
          {props.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={TEXT.normalizeUnits}
        checked={props.normalizeUnits}
        disabled={props.disabled}
        onChange={(_, data) => props.onNormalizeUnits(data.checked === true)}
      />
    </div>
  );
}
