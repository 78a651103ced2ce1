/**
 * A small Preact hook over XState's createActor (there is no official Preact binding):
 * starts one actor for the component's life, re-renders on every new snapshot, stops on unmount.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor, type AnyStateMachine, type SnapshotFrom, type EventFromLogic } from 'xstate';

/** The current snapshot, a `send` bound to the actor, and the actor (for its latest snapshot inside event handlers). */
export function useActor<M extends AnyStateMachine>(machine: M): [SnapshotFrom<M>, (event: EventFromLogic<M>) => void, Actor<M>] {
  const actorRef = useRef<Actor<M> | null>(null);
  if (actorRef.current === null) actorRef.current = createActor(machine).start();
  const actor = actorRef.current;
  const [snapshot, setSnapshot] = useState<SnapshotFrom<M>>(() => actor.getSnapshot());

  useEffect(() => {
    const subscription = actor.subscribe((next) => setSnapshot(next));
    return () => {
      subscription.unsubscribe();
      actor.stop();
    };
  }, [actor]);

  return [snapshot, (event) => actor.send(event), actor];
}
