package dev.crampproof.runner;

import dev.crampproof.plan.Bounds;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.RunnerProfile;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the plan form binds to: the runner's answers as typed, kept as entered so the form can
 * be shown again with every value in place. Not an entity; {@link #toRequest()} hands it to the
 * rules.
 */
public class PlanForm {

    private String runnerName;
    private String raceName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate raceDate;
    private RaceDistance raceDistance = RunnerProfile.DEFAULT_DISTANCE;
    private BigDecimal weeklyMileage;
    private MileageUnit mileageUnit = MileageUnit.MILES;
    private DayOfWeek longRunDay = RunnerProfile.DEFAULT_LONG_RUN_DAY;
    private DayOfWeek speedDay = RunnerProfile.defaultSpeedDay(RunnerProfile.DEFAULT_LONG_RUN_DAY);
    private Set<CrampMuscle> crampMuscles = EnumSet.noneOf(CrampMuscle.class);
    private CrampFrequency crampFrequency;
    private BigDecimal crampOnset;
    private boolean crampsInTraining;
    private boolean fluidsAlreadyChanged;
    private LiftingExperience liftingExperience;
    private Equipment equipment = RunnerProfile.DEFAULT_EQUIPMENT;
    private Set<RaceCondition> raceConditions = EnumSet.noneOf(RaceCondition.class);
    private Integer preferredStartWeeks = Bounds.DEFAULT_START_WEEKS;
    private String coachCode;

    /** The form filled in with a stored plan's answers, to change them. */
    static PlanForm of(RunnerProfile runner) {
        PlanForm form = new PlanForm();
        form.runnerName = runner.runnerName();
        form.raceName = runner.raceName();
        form.raceDate = runner.raceDate();
        form.raceDistance = runner.raceDistance();
        form.weeklyMileage = runner.weeklyMileage();
        form.mileageUnit = runner.mileageUnit();
        form.longRunDay = runner.longRunDay();
        form.speedDay = runner.speedDay();
        form.crampMuscles = EnumSet.noneOf(CrampMuscle.class);
        form.crampMuscles.addAll(runner.crampMuscles());
        form.crampFrequency = runner.crampFrequency();
        form.crampOnset = runner.crampOnset();
        form.crampsInTraining = runner.crampsInTraining();
        form.fluidsAlreadyChanged = runner.fluidsAlreadyChanged();
        form.liftingExperience = runner.liftingExperience();
        form.equipment = runner.equipment();
        form.raceConditions = EnumSet.noneOf(RaceCondition.class);
        form.raceConditions.addAll(runner.raceConditions());
        form.preferredStartWeeks = runner.preferredStartWeeks();
        return form;
    }

    PlanRequest toRequest() {
        return new PlanRequest(runnerName, raceName, raceDate, raceDistance, weeklyMileage, mileageUnit, longRunDay,
                speedDay, crampMuscles, crampFrequency, crampOnset, crampsInTraining, fluidsAlreadyChanged,
                liftingExperience, equipment, raceConditions, preferredStartWeeks, coachCode);
    }

    public String getRunnerName() {
        return runnerName;
    }

    public void setRunnerName(String runnerName) {
        this.runnerName = runnerName;
    }

    public String getRaceName() {
        return raceName;
    }

    public void setRaceName(String raceName) {
        this.raceName = raceName;
    }

    public LocalDate getRaceDate() {
        return raceDate;
    }

    public void setRaceDate(LocalDate raceDate) {
        this.raceDate = raceDate;
    }

    public RaceDistance getRaceDistance() {
        return raceDistance;
    }

    public void setRaceDistance(RaceDistance raceDistance) {
        this.raceDistance = raceDistance;
    }

    public BigDecimal getWeeklyMileage() {
        return weeklyMileage;
    }

    public void setWeeklyMileage(BigDecimal weeklyMileage) {
        this.weeklyMileage = weeklyMileage;
    }

    public MileageUnit getMileageUnit() {
        return mileageUnit;
    }

    public void setMileageUnit(MileageUnit mileageUnit) {
        this.mileageUnit = mileageUnit;
    }

    public DayOfWeek getLongRunDay() {
        return longRunDay;
    }

    public void setLongRunDay(DayOfWeek longRunDay) {
        this.longRunDay = longRunDay;
    }

    public DayOfWeek getSpeedDay() {
        return speedDay;
    }

    public void setSpeedDay(DayOfWeek speedDay) {
        this.speedDay = speedDay;
    }

    public Set<CrampMuscle> getCrampMuscles() {
        return crampMuscles;
    }

    public void setCrampMuscles(Set<CrampMuscle> crampMuscles) {
        this.crampMuscles = ticked(CrampMuscle.class, crampMuscles);
    }

    public CrampFrequency getCrampFrequency() {
        return crampFrequency;
    }

    public void setCrampFrequency(CrampFrequency crampFrequency) {
        this.crampFrequency = crampFrequency;
    }

    public BigDecimal getCrampOnset() {
        return crampOnset;
    }

    public void setCrampOnset(BigDecimal crampOnset) {
        this.crampOnset = crampOnset;
    }

    public boolean isCrampsInTraining() {
        return crampsInTraining;
    }

    public void setCrampsInTraining(boolean crampsInTraining) {
        this.crampsInTraining = crampsInTraining;
    }

    public boolean isFluidsAlreadyChanged() {
        return fluidsAlreadyChanged;
    }

    public void setFluidsAlreadyChanged(boolean fluidsAlreadyChanged) {
        this.fluidsAlreadyChanged = fluidsAlreadyChanged;
    }

    public LiftingExperience getLiftingExperience() {
        return liftingExperience;
    }

    public void setLiftingExperience(LiftingExperience liftingExperience) {
        this.liftingExperience = liftingExperience;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public void setEquipment(Equipment equipment) {
        this.equipment = equipment;
    }

    public Set<RaceCondition> getRaceConditions() {
        return raceConditions;
    }

    public void setRaceConditions(Set<RaceCondition> raceConditions) {
        this.raceConditions = ticked(RaceCondition.class, raceConditions);
    }

    /**
     * The boxes ticked. A blank value (no browser sends one, but a client can) binds as null and
     * counts as no box; kept, it broke the plan's EnumSet later (a 500).
     */
    private static <E extends Enum<E>> Set<E> ticked(Class<E> type, Set<E> values) {
        Set<E> ticked = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(java.util.Objects::nonNull).forEach(ticked::add);
        }
        return ticked;
    }

    public Integer getPreferredStartWeeks() {
        return preferredStartWeeks;
    }

    public void setPreferredStartWeeks(Integer preferredStartWeeks) {
        this.preferredStartWeeks = preferredStartWeeks;
    }

    public String getCoachCode() {
        return coachCode;
    }

    public void setCoachCode(String coachCode) {
        this.coachCode = coachCode;
    }
}
