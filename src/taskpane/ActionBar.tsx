import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ACTION_BUSY, ACTION_HINT, ACTION_LABEL, ActionId } from "./strings";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  busy: { marginTop: tokens.spacingVerticalS },
});

export interface ActionBarProps {
  busy: ActionId | null;
  /** Actions that cannot run now (besides all of them while busy). */
  disabled: Partial<Record<ActionId, boolean>>;
  onAction: (id: ActionId) => void;
}

const ORDER: ActionId[] = ["recognize", "recalc", "check", "fillReasons", "revert"];

export function ActionBar({ busy, disabled, onAction }: ActionBarProps) {
  const styles = useStyles();
  return (
    <div>
      <div className={styles.bar} role="group" aria-label="操作">
        {ORDER.map((id) => (
          <Button
            key={id}
            appearance={id === "recalc" ? "primary" : "secondary"}
            disabled={busy !== null || disabled[id] === true}
            title={ACTION_HINT[id]}
            onClick={() => onAction(id)}
          >
            {ACTION_LABEL[id]}
          </Button>
        ))}
      </div>
      {busy && <Spinner className={styles.busy} size="tiny" labelPosition="after" label={ACTION_BUSY[busy]} />}
    </div>
  );
}
